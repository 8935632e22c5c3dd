package dev.switchboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void standardSchedule_waitsThenGivesUpAfterTheEighthAttempt() {
    RetryPolicy p = RetryPolicy.standard();

    assertThat(p.nextWait(1, Optional.empty())).contains(Duration.ofSeconds(5));
    assertThat(p.nextWait(2, Optional.empty())).contains(Duration.ofMinutes(5));
    assertThat(p.nextWait(7, Optional.empty())).contains(Duration.ofHours(10));
    assertThat(p.nextWait(8, Optional.empty())).isEmpty();
  }

  @Test
  void givenRetryAfter_itReplacesTheScheduledWaitUpToADay() {
    RetryPolicy p = RetryPolicy.standard();

    assertThat(p.nextWait(1, Optional.of(Duration.ofSeconds(90)))).contains(Duration.ofSeconds(90));
    assertThat(p.nextWait(1, Optional.of(Duration.ofDays(9)))).contains(Duration.ofHours(24));
  }

  @Test
  void retryableCodes_are408_429And5xx() {
    assertThat(RetryPolicy.retryable(408)).isTrue();
    assertThat(RetryPolicy.retryable(429)).isTrue();
    assertThat(RetryPolicy.retryable(503)).isTrue();
    assertThat(RetryPolicy.retryable(200)).isFalse();
    assertThat(RetryPolicy.retryable(404)).isFalse();
  }
}
