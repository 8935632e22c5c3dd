package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.account.AccountImport;
import dev.switchboard.domain.account.Account;
import java.util.List;
import java.util.function.IntConsumer;

/** In-memory {@link AccountImport} into {@link InMemoryAccounts}: all accounts, or none. */
public final class InMemoryAccountImport implements AccountImport {
  private final InMemoryAccounts accounts;

  public InMemoryAccountImport(InMemoryAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public void addAll(List<Account> batch, IntConsumer progress) {
    synchronized (accounts) {
      for (Account account : batch) {
        account.verifiedNumbers().forEach(n -> accounts.findByNumber(account.cloudId(), n)
            .ifPresent(existing -> {
              throw new IllegalStateException(n.e164() + " already has an account");
            }));
      }
      int done = 0;
      for (Account account : batch) {
        accounts.addIfAbsent(account);
        progress.accept(++done);
      }
    }
  }
}
