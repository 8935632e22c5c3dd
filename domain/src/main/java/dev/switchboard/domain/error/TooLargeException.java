package dev.switchboard.domain.error;

/** A request holds more than a limit allows (contacts per book, entries per request). */
public final class TooLargeException extends DomainException {
  public TooLargeException(String message) {
    super(ErrorCode.TOO_LARGE, message);
  }
}
