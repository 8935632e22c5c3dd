package dev.switchboard.domain.error;

/** Too many wrong tries: the PIN is dead and a new one must be requested. */
public final class TooManyAttemptsException extends DomainException {
  public TooManyAttemptsException(String message) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, message);
  }
}
