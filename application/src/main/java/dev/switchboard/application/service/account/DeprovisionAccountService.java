package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.error.AccountNotFoundException;

/**
 * Removes an account and everything that speaks for it: its smart entries, its synced books and
 * its access tokens. Its numbers may then be provisioned afresh.
 */
public final class DeprovisionAccountService implements DeprovisionAccountUseCase {
  private final Accounts accounts;
  private final SmartEntries smartEntries;
  private final AddressBooks books;
  private final AccessTokens tokens;

  public DeprovisionAccountService(Accounts accounts, SmartEntries smartEntries, AddressBooks books,
      AccessTokens tokens) {
    this.accounts = accounts;
    this.smartEntries = smartEntries;
    this.books = books;
    this.tokens = tokens;
  }

  @Override
  public void deprovision(SipUsername username) {
    Account account = accounts.findByUsername(username)
        .orElseThrow(() -> new AccountNotFoundException("username " + username));
    tokens.revokeAll(account.cloudId(), username);
    smartEntries.removeOwner(account.cloudId(), username);
    books.removeUser(account.cloudId(), username);
    if (!accounts.remove(username)) {
      throw new AccountNotFoundException("username " + username);
    }
  }
}
