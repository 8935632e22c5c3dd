package dev.switchboard.application.service.provisioning;

import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.domain.error.PinExpiredException;
import dev.switchboard.domain.error.TooManyAttemptsException;
import dev.switchboard.domain.error.WrongCredentialsException;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.PinVerification;
import dev.switchboard.domain.verification.VerificationPolicy;
import java.time.Instant;

/**
 * Checks and consumes a number's live PIN: single use, constant-time comparison, dead after the
 * policy's wrong tries. Safe under concurrent attempts (optimistic versions, bounded retries).
 */
public final class PinCheck {
  private static final int MAX_RACES = 8;
  private final Verifications verifications;
  private final VerificationPolicy policy;

  public PinCheck(Verifications verifications, VerificationPolicy policy) {
    this.verifications = verifications;
    this.policy = policy;
  }

  /**
   * @throws WrongCredentialsException wrong PIN
   * @throws PinExpiredException no live PIN (never sent, expired or used)
   * @throws TooManyAttemptsException dead after wrong tries
   */
  public void consume(PhoneNumber number, String candidate, Instant now) {
    for (int race = 0; race < MAX_RACES; race++) {
      PinVerification v = verifications.find(number).orElseThrow(() -> new PinExpiredException(
          "No verification code is pending for this number. Please request a new code."));
      if (v.isDead(policy)) {
        throw new TooManyAttemptsException(
            "Too many wrong codes were entered. Please request a new code.");
      }
      if (v.consumed() || !now.isBefore(v.expiresAt())) {
        throw new PinExpiredException("This code has expired or was already used. Please request a new code.");
      }
      boolean right = v.pinHash().matches(candidate);
      if (verifications.save(right ? v.asConsumed() : v.withWrongTry())) {
        if (right) {
          return;
        }
        throw new WrongCredentialsException("The code is not correct.");
      }
    }
    throw new PinExpiredException("This code is being used by another request. Please try again.");
  }
}
