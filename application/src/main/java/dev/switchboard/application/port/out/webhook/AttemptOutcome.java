package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.webhook.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one attempt of a claimed delivery came to.
 *
 * @param status PENDING with {@code nextAttemptAt} for a retry, else the final status
 * @param statusCode the receiver's HTTP status, 0 when it did not answer
 * @param error a short reason for the log and the admin API, empty on success
 */
public record AttemptOutcome(long id, int attempt, DeliveryStatus status, Instant attemptedAt,
    Optional<Instant> nextAttemptAt, int statusCode, String error) {
  public AttemptOutcome {
    Objects.requireNonNull(status, "'status' must not be null");
    Objects.requireNonNull(attemptedAt, "'attemptedAt' must not be null");
    Objects.requireNonNull(nextAttemptAt, "'nextAttemptAt' must not be null");
    error = error == null ? "" : error;
    if (status == DeliveryStatus.PENDING && nextAttemptAt.isEmpty()) {
      throw new IllegalArgumentException("A retry needs the time of its next attempt");
    }
  }
}
