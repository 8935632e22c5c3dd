package dev.switchboard.domain.error;

/** No dial-string rule matches the number to call. */
public final class NoDialRuleException extends DomainException {
  public NoDialRuleException() {
    super(ErrorCode.NO_DIAL_RULE, "Call-through is not available for this number.");
  }
}
