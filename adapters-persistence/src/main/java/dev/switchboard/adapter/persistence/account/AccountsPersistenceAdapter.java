package dev.switchboard.adapter.persistence.account;

import dev.switchboard.adapter.persistence.SqlConflicts;
import dev.switchboard.adapter.persistence.crypto.SipPasswordCipher;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores accounts in {@code accounts}, {@code account_numbers} and {@code account_keys}; the
 * primary key of {@code account_numbers} makes {@link #addIfAbsent} atomic across instances.
 */
@Singleton
public final class AccountsPersistenceAdapter implements Accounts {
  private static final Logger LOG = LoggerFactory.getLogger(AccountsPersistenceAdapter.class);
  private static final TransactionDefinition OWN_TX =
      TransactionDefinition.of(Propagation.REQUIRES_NEW);
  private static final int MAX_ATTEMPTS = 8;
  private final AccountJdbcRepository accounts;
  private final AccountNumberJdbcRepository numbers;
  private final AccountKeyJdbcRepository keys;
  private final TransactionOperations<Connection> tx;
  private final AccountRows rows;

  public AccountsPersistenceAdapter(AccountJdbcRepository accounts,
      AccountNumberJdbcRepository numbers, AccountKeyJdbcRepository keys,
      TransactionOperations<Connection> tx, SipPasswordCipher cipher) {
    this.accounts = accounts;
    this.numbers = numbers;
    this.keys = keys;
    this.tx = tx;
    this.rows = new AccountRows(cipher);
  }

  @Override
  public Optional<Account> findByNumber(CloudId cloudId, PhoneNumber number) {
    return tx.executeRead(status ->
        accounts.findByNumber(cloudId.value(), number.e164()).map(this::load));
  }

  @Override
  public Optional<Account> findByUsername(SipUsername username) {
    return tx.executeRead(status -> accounts.findBySipUsername(username.value()).map(this::load));
  }

  @Override
  public Account addIfAbsent(Account account) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        // Own transaction: on PostgreSQL a duplicate key aborts the transaction it happens in.
        return tx.execute(OWN_TX, status -> insert(account));
      } catch (RuntimeException e) {
        if (!SqlConflicts.isConflict(e)) {
          throw e;
        }
        LOG.debug("Concurrent write while storing an account on {} (attempt {})",
            account.cloudId(), attempt);
      }
      Optional<Account> existing = tx.execute(OWN_TX, status -> findExisting(account));
      if (existing.isPresent()) {
        return existing.get();
      }
      pause(attempt);
    }
    throw new IllegalStateException("Account " + account.username() + " could not be stored after "
        + MAX_ATTEMPTS + " attempts: conflicting writes");
  }

  @Override
  public void update(Account account) {
    tx.executeWrite(status -> {
      int changed = accounts.updateMutable(account.username().value(),
          account.cloudSecretHash().encoded(), account.credit().amount(), Instant.now());
      if (changed == 0) {
        throw new IllegalStateException("No account " + account.username() + " to update");
      }
      long id = accounts.findBySipUsername(account.username().value()).orElseThrow().id();
      keys.deleteByAccountId(id);
      keys.saveAll(rows.keyRows(id, account));
      return null;
    });
  }

  @Override
  public boolean remove(SipUsername username) {
    return tx.executeWrite(status -> accounts.deleteBySipUsername(username.value()) > 0);
  }

  /** Inserts the rows; the stored account is the one given, so nothing is read back. */
  private Account insert(Account account) {
    AccountRow saved = accounts.save(rows.accountRow(account, Instant.now()));
    numbers.saveAll(rows.numberRows(saved.id(), account));
    if (!account.customKeys().isEmpty()) {
      keys.saveAll(rows.keyRows(saved.id(), account));
    }
    return account;
  }

  private Optional<Account> findExisting(Account account) {
    return account.verifiedNumbers().stream()
        .map(n -> accounts.findByNumber(account.cloudId().value(), n.e164()))
        .flatMap(Optional::stream)
        .findFirst()
        .map(this::load);
  }

  private Account load(AccountRow row) {
    return rows.account(row, numbers.findByAccountIdOrderBySortOrder(row.id()),
        keys.findByAccountIdOrderBySortOrder(row.id()));
  }

  /** Gives a competing writer (an H2 lock holder) time to commit. */
  private static void pause(int attempt) {
    try {
      Thread.sleep(5L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while storing an account", e);
    }
  }
}
