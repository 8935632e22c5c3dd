package dev.switchboard.domain.error;

/** The access token is unknown, expired, revoked or malformed. */
public final class InvalidTokenException extends DomainException {
  public InvalidTokenException(String message) {
    super(ErrorCode.INVALID_TOKEN, message);
  }
}
