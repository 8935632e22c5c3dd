package dev.switchboard.domain.error;

/** The verification PIN is no longer usable (expired, already used, or never requested). */
public final class PinExpiredException extends DomainException {
  public PinExpiredException(String message) {
    super(ErrorCode.PIN_EXPIRED, message);
  }
}
