package dev.switchboard.domain.error;

/** Every access number of the pool already carries a pending request of this caller. */
public final class AccessNumbersExhaustedException extends DomainException {
  public AccessNumbersExhaustedException() {
    super(ErrorCode.ACCESS_NUMBERS_EXHAUSTED, "All call-through access numbers are busy with "
        + "your earlier requests. Place one of those calls or try again in a minute.");
  }
}
