package dev.switchboard.domain.error;

/** No account matches the given number or username. */
public final class AccountNotFoundException extends DomainException {
  public AccountNotFoundException(String what) {
    super(ErrorCode.ACCOUNT_NOT_FOUND, "No account found for " + what + ".");
  }
}
