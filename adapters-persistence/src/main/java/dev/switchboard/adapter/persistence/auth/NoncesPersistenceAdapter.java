package dev.switchboard.adapter.persistence.auth;

import dev.switchboard.adapter.persistence.SqlConflicts;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.domain.account.SipUsername;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spent nonces in {@code used_nonces}: the primary key (username, nonce) makes a replay a
 * duplicate-key conflict, so concurrent uses of one nonce admit exactly one. Expired rows are
 * purged every {@value #PURGE_EVERY} uses.
 */
@Singleton
public final class NoncesPersistenceAdapter implements Nonces {
  private static final int PURGE_EVERY = 1000;
  private final TransactionOperations<Connection> tx;
  private final AtomicInteger uses = new AtomicInteger();

  public NoncesPersistenceAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public boolean useOnce(SipUsername username, String nonce, Instant now, Instant expiresAt) {
    if (uses.incrementAndGet() % PURGE_EVERY == 0) {
      purgeExpired(now);
    }
    try {
      return tx.executeWrite(status -> {
        try {
          insert(status.getConnection(), username.value(), nonce, now, expiresAt);
          return true;
        } catch (SQLException e) {
          throw new DataAccessException("Storing a nonce failed: " + e.getMessage(), e);
        }
      });
    } catch (RuntimeException e) {
      if (SqlConflicts.isConflict(e)) {
        return false;
      }
      throw e;
    }
  }

  private static void insert(Connection c, String username, String nonce, Instant now,
      Instant expiresAt) throws SQLException {
    try (PreparedStatement expired = c.prepareStatement(
        "DELETE FROM used_nonces WHERE username = ? AND nonce = ? AND expires_at <= ?")) {
      expired.setString(1, username);
      expired.setString(2, nonce);
      expired.setTimestamp(3, Timestamp.from(now));
      expired.executeUpdate();
    }
    try (PreparedStatement insert = c.prepareStatement(
        "INSERT INTO used_nonces (username, nonce, expires_at) VALUES (?, ?, ?)")) {
      insert.setString(1, username);
      insert.setString(2, nonce);
      insert.setTimestamp(3, Timestamp.from(expiresAt));
      insert.executeUpdate();
    }
  }

  @Override
  public int purgeExpired(Instant now) {
    return tx.executeWrite(status -> {
      try (PreparedStatement purge = status.getConnection()
          .prepareStatement("DELETE FROM used_nonces WHERE expires_at <= ?")) {
        purge.setTimestamp(1, Timestamp.from(now));
        return purge.executeUpdate();
      } catch (SQLException e) {
        throw new DataAccessException("Purging nonces failed: " + e.getMessage(), e);
      }
    });
  }
}
