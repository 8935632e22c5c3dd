package dev.switchboard.application.port.out.ratelimit;

import java.time.Duration;
import java.util.Objects;

/** At most {@code permits} events per {@code period} (a token bucket refilling evenly). */
public record RateLimit(int permits, Duration period) {
  public RateLimit {
    Objects.requireNonNull(period, "'period' must not be null");
    if (permits < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("A rate limit needs permits >= 1 and a positive period");
    }
  }
}
