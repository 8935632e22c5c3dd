package dev.switchboard.application.port.in.callthrough;

import dev.switchboard.domain.callthrough.Reservation;
import java.util.Objects;

/** Outcome of routing an inbound call to an access number. */
public sealed interface CallRoute {

  /** The call belongs to {@code reservation}, which is now used up: connect it to its target. */
  record Routed(Reservation reservation) implements CallRoute {
    public Routed {
      Objects.requireNonNull(reservation, "'reservation' must not be null");
    }
  }

  /** No pending reservation for this caller at this access number. */
  record Refused(Reason reason) implements CallRoute {
    public Refused {
      Objects.requireNonNull(reason, "'reason' must not be null");
    }
  }

  /** Why a call was refused. */
  enum Reason {
    /** The called number or every caller identity is not a number. */
    UNREADABLE_NUMBERS,
    /** No reservation of this caller at this access number within the window. */
    NO_RESERVATION
  }
}
