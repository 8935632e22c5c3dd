package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.PayloadFormat;
import java.util.Objects;

/**
 * A delivery a worker holds for one attempt (number {@code attempt}, 1 = first) until its lease
 * ends.
 */
public record ClaimedDelivery(long id, String webhookId, CloudId cloudId, PayloadFormat format,
    String body, int attempt) {
  public ClaimedDelivery {
    Objects.requireNonNull(webhookId, "'webhookId' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(format, "'format' must not be null");
    Objects.requireNonNull(body, "'body' must not be null");
  }
}
