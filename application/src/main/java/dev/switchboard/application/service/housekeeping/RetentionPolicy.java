package dev.switchboard.application.service.housekeeping;

import java.time.Duration;
import java.util.Objects;

/**
 * How long housekeeping keeps records once they are finished, and how much one run may delete.
 *
 * @param deliveredWebhooks kept after their successful attempt
 * @param failedWebhooks failed or rejected deliveries, kept after their last attempt (replayable
 *     through the admin API until then); pending ones are never deleted
 * @param callRecords ended callbacks, kept after their end
 * @param expiredMargin kept after they can no longer be used: expired PINs (after the number's
 *     24-hour SMS window too), expired tokens, spent nonces; covers clock skew between instances
 * @param reservations call-through reservations, kept after their window ends (a caller's last
 *     access number is remembered this long: stickiness)
 * @param batchSize rows per delete statement (one short transaction)
 * @param maxBatches delete statements per kind and run; the rest waits for the next run
 */
public record RetentionPolicy(Duration deliveredWebhooks, Duration failedWebhooks,
    Duration callRecords, Duration expiredMargin, Duration reservations, int batchSize,
    int maxBatches) {

  public static final RetentionPolicy DEFAULT = new RetentionPolicy(Duration.ofDays(7),
      Duration.ofDays(30), Duration.ofDays(90), Duration.ofHours(1), Duration.ofDays(1), 1_000,
      100);

  public RetentionPolicy {
    requireNotNegative(deliveredWebhooks, "deliveredWebhooks");
    requireNotNegative(failedWebhooks, "failedWebhooks");
    requireNotNegative(callRecords, "callRecords");
    requireNotNegative(expiredMargin, "expiredMargin");
    requireNotNegative(reservations, "reservations");
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("Batch size must be 1..100000, was " + batchSize);
    }
    if (maxBatches < 1) {
      throw new IllegalArgumentException("Max batches must be at least 1, was " + maxBatches);
    }
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, "'" + name + "' must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException("'" + name + "' must not be negative, was " + d);
    }
  }
}
