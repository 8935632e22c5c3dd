package dev.switchboard.adapter.persistence.account;

import dev.switchboard.adapter.persistence.crypto.SipPasswordCipher;
import dev.switchboard.application.port.out.account.AccountImport;
import dev.switchboard.domain.account.Account;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Bulk account creation in one transaction (joined if the caller has one): the primary key of
 * {@code account_numbers} refuses a number that already has an account, and the whole import rolls
 * back with it.
 */
@Singleton
public final class AccountImportPersistenceAdapter implements AccountImport {
  private final AccountJdbcRepository accounts;
  private final AccountNumberJdbcRepository numbers;
  private final AccountKeyJdbcRepository keys;
  private final TransactionOperations<Connection> tx;
  private final AccountRows rows;

  AccountImportPersistenceAdapter(AccountJdbcRepository accounts,
      AccountNumberJdbcRepository numbers, AccountKeyJdbcRepository keys,
      TransactionOperations<Connection> tx, SipPasswordCipher cipher) {
    this.accounts = accounts;
    this.numbers = numbers;
    this.keys = keys;
    this.tx = tx;
    this.rows = new AccountRows(cipher);
  }

  @Override
  public void addAll(List<Account> batch, IntConsumer progress) {
    tx.executeWrite(status -> {
      Instant now = Instant.now();
      int done = 0;
      for (Account account : batch) {
        AccountRow saved = accounts.save(rows.accountRow(account, now));
        numbers.saveAll(rows.numberRows(saved.id(), account));
        if (!account.customKeys().isEmpty()) {
          keys.saveAll(rows.keyRows(saved.id(), account));
        }
        progress.accept(++done);
      }
      return null;
    });
  }
}
