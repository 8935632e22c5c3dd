package dev.switchboard.application.service.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest {
  private final InMemoryRateLimiter limiter = new InMemoryRateLimiter(2);
  private final RateLimit twoPerMinute = new RateLimit(2, Duration.ofMinutes(1));
  private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void givenBucketEmptied_tryAcquire_saysWhenTheNextPermitComes() {
    assertThat(limiter.tryAcquire("k", twoPerMinute, t0)).isEmpty();
    assertThat(limiter.tryAcquire("k", twoPerMinute, t0)).isEmpty();
    assertThat(limiter.tryAcquire("k", twoPerMinute, t0)).contains(Duration.ofSeconds(30));
    assertThat(limiter.tryAcquire("k", twoPerMinute, t0.plusSeconds(30))).isEmpty();
  }

  @Test
  void keysAreIndependent_andBounded() {
    limiter.tryAcquire("a", twoPerMinute, t0);
    limiter.tryAcquire("a", twoPerMinute, t0);
    assertThat(limiter.tryAcquire("b", twoPerMinute, t0)).isEmpty();
    limiter.tryAcquire("c", twoPerMinute, t0);
    // "a" was evicted (least recently used), so it starts full again
    assertThat(limiter.tryAcquire("a", twoPerMinute, t0)).isEmpty();
  }
}
