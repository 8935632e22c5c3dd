package dev.switchboard.domain.verification;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The verification state of one phone number: the current PIN (as a hash plus the seed it is
 * derived from), its sends and wrong tries, and the number's 24-hour SMS window. Immutable; every
 * transition returns the next version.
 */
public record PinVerification(
    PhoneNumber number,
    String seed,
    SecretHash pinHash,
    Instant issuedAt,
    Instant expiresAt,
    int sends,
    Instant lastSentAt,
    int wrongTries,
    boolean consumed,
    Instant dayStart,
    int daySends,
    long version) {

  private static final Duration DAY = Duration.ofHours(24);

  public PinVerification {
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(seed, "'seed' must not be null");
    Objects.requireNonNull(pinHash, "'pinHash' must not be null");
    Objects.requireNonNull(issuedAt, "'issuedAt' must not be null");
    Objects.requireNonNull(expiresAt, "'expiresAt' must not be null");
    Objects.requireNonNull(lastSentAt, "'lastSentAt' must not be null");
    Objects.requireNonNull(dayStart, "'dayStart' must not be null");
  }

  /** A new PIN for {@code number}, carrying the day window of the previous state if any. */
  public static PinVerification issue(PhoneNumber number, String seed, SecretHash pinHash,
      Instant now, VerificationPolicy policy, Optional<PinVerification> previous) {
    boolean sameDay = previous.map(p -> now.isBefore(p.dayStart.plus(DAY))).orElse(false);
    Instant dayStart = sameDay ? previous.get().dayStart : now;
    int daySends = sameDay ? previous.get().daySends + 1 : 1;
    long version = previous.map(p -> p.version + 1).orElse(1L);
    return new PinVerification(number, seed, pinHash, now, now.plus(policy.pinLifetime()), 1, now,
        0, false, dayStart, daySends, version);
  }

  /** Decides what a request for a (new or repeated) SMS gets now. */
  public static SendDecision decide(Optional<PinVerification> current, Instant now,
      VerificationPolicy policy) {
    if (current.isEmpty()) {
      return new SendDecision.IssueNewPin();
    }
    PinVerification v = current.get();
    Optional<Duration> dailyWait = v.dailyCapWait(now, policy);
    if (dailyWait.isPresent()) {
      return new SendDecision.Refused(dailyWait.get(), "This number has received too many codes today.");
    }
    if (!v.isUsable(now, policy)) {
      return new SendDecision.IssueNewPin();
    }
    if (v.sends >= policy.maxSendsPerPin()) {
      return new SendDecision.Refused(Duration.between(now, v.expiresAt),
          "The code was already sent " + v.sends + " times.");
    }
    Duration wait = Duration.between(now, v.lastSentAt.plus(policy.waitAfter(v.sends)));
    if (wait.isNegative() || wait.isZero()) {
      return new SendDecision.ResendSamePin(v.resent(now));
    }
    return new SendDecision.Refused(wait, "A code was sent to this number a moment ago.");
  }

  /** Usable for entry: not consumed, not expired, not killed by wrong tries. */
  public boolean isUsable(Instant now, VerificationPolicy policy) {
    return !consumed && now.isBefore(expiresAt) && wrongTries < policy.maxWrongTries();
  }

  public boolean isDead(VerificationPolicy policy) {
    return wrongTries >= policy.maxWrongTries();
  }

  public PinVerification resent(Instant now) {
    return new PinVerification(number, seed, pinHash, issuedAt, expiresAt, sends + 1, now,
        wrongTries, consumed, dayStart, daySends + 1, version + 1);
  }

  /** Takes back a send the SMS gateway refused, so the user is not throttled for it. */
  public PinVerification undoSend(Instant previousSentAt) {
    return new PinVerification(number, seed, pinHash, issuedAt, expiresAt, Math.max(0, sends - 1),
        previousSentAt, wrongTries, consumed, dayStart, Math.max(0, daySends - 1), version + 1);
  }

  public PinVerification withWrongTry() {
    return new PinVerification(number, seed, pinHash, issuedAt, expiresAt, sends, lastSentAt,
        wrongTries + 1, consumed, dayStart, daySends, version + 1);
  }

  public PinVerification asConsumed() {
    return new PinVerification(number, seed, pinHash, issuedAt, expiresAt, sends, lastSentAt,
        wrongTries, true, dayStart, daySends, version + 1);
  }

  private Optional<Duration> dailyCapWait(Instant now, VerificationPolicy policy) {
    Instant dayEnd = dayStart.plus(DAY);
    if (now.isBefore(dayEnd) && daySends >= policy.dailyCap()) {
      return Optional.of(Duration.between(now, dayEnd));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PinVerification[" + number + ", sends=" + sends + ", wrongTries=" + wrongTries
        + ", consumed=" + consumed + ", version=" + version + "]";
  }
}
