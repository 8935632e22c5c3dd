package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.SetCreditCommand;
import dev.switchboard.application.port.in.account.SetCreditUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.error.AccountNotFoundException;

/** Sets an account's credit balance. */
public final class SetCreditService implements SetCreditUseCase {
  private final Accounts accounts;

  public SetCreditService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Account setCredit(SetCreditCommand command) {
    Account account = accounts.findByUsername(command.username())
        .orElseThrow(() -> new AccountNotFoundException("username " + command.username()));
    account.setCredit(command.credit());
    accounts.update(account);
    return account;
  }
}
