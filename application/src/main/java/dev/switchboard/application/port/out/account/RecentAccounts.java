package dev.switchboard.application.port.out.account;

import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import java.util.Optional;

/**
 * Driven port: accounts read a moment ago, kept in memory for hot read paths that accept an
 * answer up to a configured age old (call-through dial strings). Never blocks and never reads
 * storage: a miss is an empty answer, and the caller reads {@link Accounts} instead.
 *
 * <p>Writes through {@link Accounts#update} and {@link Accounts#remove} on the same instance
 * forget the account at once; writes on another instance are seen when the entry ages out.
 */
public interface RecentAccounts {

  /** The account, when it was remembered less than the configured age ago. */
  Optional<Account> recent(SipUsername username);

  /** Remembers an account just read from storage. */
  void remember(Account account);

  /** Forgets an account that was changed or removed. */
  void forget(SipUsername username);

  /** Remembers nothing: every read goes to {@link Accounts}. */
  static RecentAccounts none() {
    return None.INSTANCE;
  }

  /** The implementation of {@link #none()}. */
  enum None implements RecentAccounts {
    INSTANCE;

    @Override
    public Optional<Account> recent(SipUsername username) {
      return Optional.empty();
    }

    @Override
    public void remember(Account account) {
      // nothing is kept
    }

    @Override
    public void forget(SipUsername username) {
      // nothing is kept
    }
  }
}
