package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.FindAccountQuery;
import dev.switchboard.application.port.in.account.FindAccountUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.error.AccountNotFoundException;

/** Finds an account by SIP username or by verified number. */
public final class FindAccountService implements FindAccountUseCase {
  private final Accounts accounts;

  public FindAccountService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Account find(FindAccountQuery query) {
    if (query instanceof FindAccountQuery.ByUsername byUsername) {
      return accounts.findByUsername(byUsername.username())
          .orElseThrow(() -> new AccountNotFoundException("username " + byUsername.username()));
    }
    FindAccountQuery.ByNumber byNumber = (FindAccountQuery.ByNumber) query;
    return accounts.findByNumber(byNumber.cloudId(), byNumber.number())
        .orElseThrow(() -> new AccountNotFoundException(
            "number " + byNumber.number() + " on Cloud ID " + byNumber.cloudId()));
  }
}
