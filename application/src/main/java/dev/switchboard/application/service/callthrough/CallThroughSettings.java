package dev.switchboard.application.service.callthrough;

import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.Reservation;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of web call-through: the dial plan, how long a DTMF-less reservation waits for the
 * call, and whether requests must carry the password (or nonce + hash).
 */
public record CallThroughSettings(DialPlan plan, Duration reservationWindow,
    boolean requireCredentials) {
  public CallThroughSettings {
    Objects.requireNonNull(plan, "'plan' must not be null");
    Objects.requireNonNull(reservationWindow, "'reservationWindow' must not be null");
    if (reservationWindow.isNegative() || reservationWindow.isZero()
        || reservationWindow.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("The call-through reservation window must be between "
          + "1 ms and 1 h, not " + reservationWindow);
    }
  }

  /** The defaults: a 60-second window, credentials optional (as in the seed's examples). */
  public static CallThroughSettings of(DialPlan plan) {
    return new CallThroughSettings(plan, Reservation.DEFAULT_WINDOW, false);
  }
}
