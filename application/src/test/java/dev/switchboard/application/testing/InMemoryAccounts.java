package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link Accounts} for tests and embedders; thread-safe. Stores copies. */
public final class InMemoryAccounts implements Accounts {
  private final Map<SipUsername, Account> byUsername = new HashMap<>();
  private final Map<String, SipUsername> byNumber = new HashMap<>();

  @Override
  public synchronized Optional<Account> findByNumber(CloudId cloudId, PhoneNumber number) {
    return Optional.ofNullable(byNumber.get(key(cloudId, number))).map(byUsername::get).map(InMemoryAccounts::copy);
  }

  @Override
  public synchronized Optional<Account> findByUsername(SipUsername username) {
    return Optional.ofNullable(byUsername.get(username)).map(InMemoryAccounts::copy);
  }

  @Override
  public synchronized Account addIfAbsent(Account account) {
    for (PhoneNumber n : account.verifiedNumbers()) {
      SipUsername existing = byNumber.get(key(account.cloudId(), n));
      if (existing != null) {
        return copy(byUsername.get(existing));
      }
    }
    if (byUsername.containsKey(account.username())) {
      throw new IllegalStateException("SIP username " + account.username() + " is taken");
    }
    byUsername.put(account.username(), copy(account));
    account.verifiedNumbers().forEach(n -> byNumber.put(key(account.cloudId(), n), account.username()));
    return copy(account);
  }

  @Override
  public synchronized void update(Account account) {
    if (byUsername.replace(account.username(), copy(account)) == null) {
      throw new IllegalStateException("No account " + account.username());
    }
  }

  @Override
  public synchronized boolean remove(SipUsername username) {
    Account removed = byUsername.remove(username);
    if (removed == null) {
      return false;
    }
    removed.verifiedNumbers().forEach(n -> byNumber.remove(key(removed.cloudId(), n)));
    return true;
  }

  public synchronized int size() {
    return byUsername.size();
  }

  private static String key(CloudId cloudId, PhoneNumber number) {
    return cloudId.value() + "|" + number.e164();
  }

  private static Account copy(Account a) {
    return new Account(a.identity(), a.verifiedNumbers(), a.cloudSecretHash(), a.credit(),
        a.customKeys(), a.createdAt());
  }
}
