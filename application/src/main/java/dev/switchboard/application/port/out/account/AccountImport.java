package dev.switchboard.application.port.out.account;

import dev.switchboard.domain.account.Account;
import java.util.List;
import java.util.function.IntConsumer;

/** Driven port for bulk account creation: all accounts are stored in one transaction, or none. */
public interface AccountImport {

  /**
   * Stores every account; {@code progress} receives the count stored so far.
   *
   * @throws RuntimeException (nothing stored) when one of the numbers already has an account
   */
  void addAll(List<Account> accounts, IntConsumer progress);
}
