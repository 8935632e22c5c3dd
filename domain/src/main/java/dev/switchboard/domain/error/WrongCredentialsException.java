package dev.switchboard.domain.error;

/** The PIN, cloud secret or password did not match. */
public final class WrongCredentialsException extends DomainException {
  public WrongCredentialsException(String message) {
    super(ErrorCode.WRONG_CREDENTIALS, message);
  }
}
