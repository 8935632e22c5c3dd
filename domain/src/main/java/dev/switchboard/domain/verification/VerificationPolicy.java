package dev.switchboard.domain.verification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The limits of phone number verification.
 *
 * @param pinLifetime how long a PIN is valid (and re-sent unchanged)
 * @param resendSchedule the wait before the 2nd, 3rd, … send of one PIN; its size + 1 is the
 *     number of sends a PIN may have
 * @param dailyCap SMS a number may receive in 24 hours
 * @param maxWrongTries wrong PIN entries after which the PIN is dead
 */
public record VerificationPolicy(
    Duration pinLifetime, List<Duration> resendSchedule, int dailyCap, int maxWrongTries) {

  public static final VerificationPolicy DEFAULT = new VerificationPolicy(
      Duration.ofMinutes(10),
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10)),
      10,
      5);

  public VerificationPolicy {
    Objects.requireNonNull(pinLifetime, "'pinLifetime' must not be null");
    resendSchedule = List.copyOf(resendSchedule);
    if (pinLifetime.isNegative() || pinLifetime.isZero()) {
      throw new IllegalArgumentException("PIN lifetime must be positive");
    }
    if (dailyCap < 1 || maxWrongTries < 1) {
      throw new IllegalArgumentException("Daily cap and wrong tries must be at least 1");
    }
  }

  public int maxSendsPerPin() {
    return resendSchedule.size() + 1;
  }

  /** The wait after the {@code sendsSoFar}-th send of a PIN before the next one. */
  public Duration waitAfter(int sendsSoFar) {
    int i = Math.min(Math.max(sendsSoFar, 1), resendSchedule.size()) - 1;
    return resendSchedule.isEmpty() ? Duration.ZERO : resendSchedule.get(i);
  }
}
