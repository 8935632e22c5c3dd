package dev.switchboard.adapter.persistence.account;

import dev.switchboard.adapter.persistence.SqlConflicts;
import dev.switchboard.adapter.persistence.crypto.SipPasswordCipher;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.account.RecentAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
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
  private static final String INSERT_WITH_NUMBER = """
      WITH a AS (
        INSERT INTO accounts (cloud_id, sip_username, sip_password_enc, sip_domain, network_id,
            cloud_secret_hash, credit, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id)
      INSERT INTO account_numbers (cloud_id, e164, account_id, number_digits, sort_order)
      SELECT ?, ?, a.id, ?, ? FROM a""";
  private final AccountJdbcRepository accounts;
  private final AccountNumberJdbcRepository numbers;
  private final AccountKeyJdbcRepository keys;
  private final TransactionOperations<Connection> tx;
  private final AccountRows rows;
  private final ConnectionOperations<Connection> connections;
  private final RecentAccounts recent;
  private final AccountReads reads;
  private volatile Boolean postgres;

  public AccountsPersistenceAdapter(AccountJdbcRepository accounts,
      AccountNumberJdbcRepository numbers, AccountKeyJdbcRepository keys,
      TransactionOperations<Connection> tx, ConnectionOperations<Connection> connections,
      SipPasswordCipher cipher, RecentAccounts recent) {
    this.connections = connections;
    this.recent = recent;
    this.accounts = accounts;
    this.numbers = numbers;
    this.keys = keys;
    this.tx = tx;
    this.rows = new AccountRows(cipher);
    this.reads = new AccountReads(connections, rows);
  }

  /** One statement, one round trip, no transaction (see {@link AccountReads}). */
  @Override
  public Optional<Account> findByNumber(CloudId cloudId, PhoneNumber number) {
    return reads.byNumber(cloudId.value(), number.e164());
  }

  /** One statement, one round trip, no transaction (see {@link AccountReads}). */
  @Override
  public Optional<Account> findByUsername(SipUsername username) {
    return reads.byUsername(username.value());
  }

  @Override
  public Account addIfAbsent(Account account) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      try {
        if (inOneStatement(account)) {
          // One statement in auto-commit: atomic, and no BEGIN/COMMIT round trips.
          return insertInOneStatement(account);
        }
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
    recent.forget(account.username());
  }

  @Override
  public boolean remove(SipUsername username) {
    boolean removed = tx.executeWrite(status -> accounts.deleteBySipUsername(username.value()) > 0);
    recent.forget(username);
    return removed;
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

  /**
   * PostgreSQL, outside a caller's transaction, one number and no custom keys (every account
   * provisioning opens): both rows go in with one data-modifying CTE.
   */
  private boolean inOneStatement(Account account) {
    return account.verifiedNumbers().size() == 1 && account.customKeys().isEmpty()
        && tx.findTransactionStatus().isEmpty() && isPostgres();
  }

  private boolean isPostgres() {
    Boolean known = postgres;
    if (known == null) {
      known = connections.executeRead(status -> jdbc(() -> status.getConnection().getMetaData()
          .getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
      postgres = known;
    }
    return known;
  }

  private Account insertInOneStatement(Account account) {
    AccountRow row = rows.accountRow(account, Instant.now());
    AccountNumberRow number = rows.numberRows(0L, account).get(0);
    return connections.executeWrite(status -> jdbc(() -> {
      try (PreparedStatement insert = status.getConnection().prepareStatement(INSERT_WITH_NUMBER)) {
        insert.setString(1, row.cloudId());
        insert.setString(2, row.sipUsername());
        insert.setBytes(3, row.sipPasswordEnc());
        insert.setString(4, row.sipDomain());
        insert.setString(5, row.networkId());
        insert.setString(6, row.cloudSecretHash());
        insert.setBigDecimal(7, row.credit());
        insert.setObject(8, row.createdAt().atOffset(ZoneOffset.UTC));
        insert.setObject(9, row.updatedAt().atOffset(ZoneOffset.UTC));
        insert.setString(10, number.cloudId());
        insert.setString(11, number.e164());
        insert.setLong(12, number.numberDigits());
        insert.setInt(13, number.sortOrder());
        insert.executeUpdate();
        return account;
      }
    }));
  }

  private static <T> T jdbc(SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new DataAccessException("Storing an account failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }

  private Optional<Account> findExisting(Account account) {
    return account.verifiedNumbers().stream()
        .map(n -> reads.byNumber(account.cloudId().value(), n.e164()))
        .flatMap(Optional::stream)
        .findFirst();
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
