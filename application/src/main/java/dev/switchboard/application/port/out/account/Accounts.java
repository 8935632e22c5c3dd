package dev.switchboard.application.port.out.account;

import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Optional;

/** Driven port for stored SIP accounts. Implementations must make {@link #addIfAbsent} atomic. */
public interface Accounts {

  Optional<Account> findByNumber(CloudId cloudId, PhoneNumber number);

  Optional<Account> findByUsername(SipUsername username);

  /**
   * Stores {@code account} unless one of its numbers already has an account on its Cloud ID;
   * returns the account that is stored afterwards (the new one or the existing one). Concurrent
   * calls for one number store exactly one account.
   */
  Account addIfAbsent(Account account);

  /** Saves the mutable part (cloud secret, credit, custom keys) of an existing account. */
  void update(Account account);

  /** Removes the account and frees its numbers; false when there was none. */
  boolean remove(SipUsername username);
}
