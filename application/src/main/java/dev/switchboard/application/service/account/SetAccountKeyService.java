package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.SetAccountKeyCommand;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.error.AccountNotFoundException;

/** Sets or removes a custom Account XML key. */
public final class SetAccountKeyService implements SetAccountKeyUseCase {
  private final Accounts accounts;

  public SetAccountKeyService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Account setKey(SetAccountKeyCommand command) {
    Account account = accounts.findByUsername(command.username())
        .orElseThrow(() -> new AccountNotFoundException("username " + command.username()));
    command.value().ifPresentOrElse(
        value -> account.putKey(command.key().name(), value),
        () -> account.removeKey(command.key().name()));
    accounts.update(account);
    return account;
  }
}
