package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.PayloadFormat;
import java.time.Instant;
import java.util.Objects;

/**
 * A rendered notification to put in the outbox: one request to the app's endpoint.
 *
 * @param webhookId the Standard Webhooks message id, stable across retries
 * @param parties how many interested parties the body names
 */
public record NewDelivery(String webhookId, CloudId cloudId, PhoneNumber number, int parties,
    PayloadFormat format, String body, Instant createdAt) {
  public NewDelivery {
    Objects.requireNonNull(webhookId, "'webhookId' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(format, "'format' must not be null");
    Objects.requireNonNull(body, "'body' must not be null");
    Objects.requireNonNull(createdAt, "'createdAt' must not be null");
  }
}
