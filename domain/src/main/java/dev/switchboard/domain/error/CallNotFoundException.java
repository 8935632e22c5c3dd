package dev.switchboard.domain.error;

/** No call record has the given id. */
public final class CallNotFoundException extends DomainException {
  public CallNotFoundException() {
    super(ErrorCode.CALL_NOT_FOUND, "No call found with this id.");
  }
}
