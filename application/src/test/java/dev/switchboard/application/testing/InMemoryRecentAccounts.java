package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.account.RecentAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link RecentAccounts} that keeps every remembered account until it is forgotten. */
public final class InMemoryRecentAccounts implements RecentAccounts {
  private final Map<SipUsername, Account> accounts = new ConcurrentHashMap<>();

  @Override
  public Optional<Account> recent(SipUsername username) {
    return Optional.ofNullable(accounts.get(username));
  }

  @Override
  public void remember(Account account) {
    accounts.put(account.username(), account);
  }

  @Override
  public void forget(SipUsername username) {
    accounts.remove(username);
  }

  /** Forgets every account, as if they had all aged out. */
  public void clear() {
    accounts.clear();
  }
}
