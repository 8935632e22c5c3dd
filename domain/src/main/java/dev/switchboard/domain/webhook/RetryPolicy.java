package dev.switchboard.domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an answer means and when to try again: 204 is delivered; 408, 429, 5xx and no answer are
 * retried after the next wait of the schedule (or after {@code Retry-After} when the receiver
 * sends one, at most {@link #MAX_RETRY_AFTER}); any other code is rejected.
 */
public record RetryPolicy(List<Duration> schedule) {
  public static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);
  public static final List<Duration> DEFAULT_SCHEDULE = List.of(Duration.ofSeconds(5),
      Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
      Duration.ofHours(10), Duration.ofHours(10));

  public RetryPolicy {
    Objects.requireNonNull(schedule, "'schedule' must not be null");
    schedule = List.copyOf(schedule);
    if (schedule.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("Retry waits must be positive: " + schedule);
    }
  }

  public static RetryPolicy standard() {
    return new RetryPolicy(DEFAULT_SCHEDULE);
  }

  /** True for the codes that are retried: 408, 429 and 5xx. */
  public static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500 && status <= 599;
  }

  /**
   * After the failed attempt number {@code attempt} (1 = first), the wait before the next one, or
   * empty when the schedule is spent.
   */
  public Optional<Duration> nextWait(int attempt, Optional<Duration> retryAfter) {
    if (attempt < 1 || attempt > schedule.size()) {
      return Optional.empty();
    }
    Duration wait = retryAfter.filter(d -> !d.isNegative() && !d.isZero())
        .map(d -> d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d)
        .orElse(schedule.get(attempt - 1));
    return Optional.of(wait);
  }
}
