package dev.switchboard.application.service.webhook;

import dev.switchboard.domain.webhook.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How the delivery worker runs: deliveries claimed per round, how long a claim holds (longer
 * than a request may take), and the retry policy.
 */
public record WebhookSettings(int claimSize, Duration lease, RetryPolicy retry) {
  public WebhookSettings {
    Objects.requireNonNull(lease, "'lease' must not be null");
    Objects.requireNonNull(retry, "'retry' must not be null");
    if (claimSize < 1) {
      throw new IllegalArgumentException("'claimSize' must be positive, not " + claimSize);
    }
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("'lease' must be positive, not " + lease);
    }
  }
}
