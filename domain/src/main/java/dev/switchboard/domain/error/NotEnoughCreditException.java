package dev.switchboard.domain.error;

/** The account's credit does not cover the call. */
public final class NotEnoughCreditException extends DomainException {
  public static final String MESSAGE = "Not enough credit for this call.";

  public NotEnoughCreditException() {
    super(ErrorCode.NOT_ENOUGH_CREDIT, MESSAGE);
  }

  /** With a service's own sentence (call-through: "Not enough credit for call-through."). */
  public NotEnoughCreditException(String message) {
    super(ErrorCode.NOT_ENOUGH_CREDIT, message);
  }
}
