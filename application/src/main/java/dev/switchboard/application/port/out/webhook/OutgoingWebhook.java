package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.WebhookSecret;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One HTTP request of a delivery: signed with {@code secret} when one is configured. */
public record OutgoingWebhook(URI url, String webhookId, Instant timestamp, PayloadFormat format,
    String body, Optional<WebhookSecret> secret) {
  public OutgoingWebhook {
    Objects.requireNonNull(url, "'url' must not be null");
    Objects.requireNonNull(webhookId, "'webhookId' must not be null");
    Objects.requireNonNull(timestamp, "'timestamp' must not be null");
    Objects.requireNonNull(format, "'format' must not be null");
    Objects.requireNonNull(body, "'body' must not be null");
    Objects.requireNonNull(secret, "'secret' must not be null");
  }
}
