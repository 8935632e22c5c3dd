package dev.switchboard.domain.error;

import java.time.Duration;

/** A limit was reached; the caller may try again after {@link #retryAfter()}. */
public final class ThrottledException extends DomainException {
  private final Duration retryAfter;

  public ThrottledException(String message, Duration retryAfter) {
    super(ErrorCode.THROTTLED, message);
    this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
  }

  /** Whole seconds to wait, at least one. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** A human phrase for the wait, e.g. "in 2 minutes". */
  public static String humanWait(Duration wait) {
    long s = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
    if (s < 60) {
      return "in " + s + (s == 1 ? " second" : " seconds");
    }
    long m = (s + 59) / 60;
    if (m < 120) {
      return "in " + m + (m == 1 ? " minute" : " minutes");
    }
    long h = (m + 59) / 60;
    return "in " + h + " hours";
  }
}
