package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.error.AccountNotFoundException;

/** Removes an account and frees its numbers. */
public final class DeprovisionAccountService implements DeprovisionAccountUseCase {
  private final Accounts accounts;

  public DeprovisionAccountService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void deprovision(SipUsername username) {
    if (!accounts.remove(username)) {
      throw new AccountNotFoundException("username " + username);
    }
  }
}
