package dev.switchboard.domain.error;

/** The destination policy refuses the number (country, prefix or number type). */
public final class DestinationNotAllowedException extends DomainException {
  public DestinationNotAllowedException(String reason) {
    super(ErrorCode.DESTINATION_NOT_ALLOWED, reason);
  }
}
