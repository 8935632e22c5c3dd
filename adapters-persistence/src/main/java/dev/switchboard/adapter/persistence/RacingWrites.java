package dev.switchboard.adapter.persistence;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs writes that may lose a race to another writer (a duplicate key, a concurrent update) and
 * turns losing into {@code false}. Each write is one SQL statement. Inside a caller's transaction
 * the write is guarded by a savepoint, because on PostgreSQL a failed statement otherwise aborts
 * that whole transaction; outside one it runs on its own in auto-commit, which is atomic for a
 * single statement and saves the explicit transaction's COMMIT round trip.
 */
public final class RacingWrites {
  private static final Logger LOG = LoggerFactory.getLogger(RacingWrites.class);
  private final TransactionOperations<Connection> tx;

  public RacingWrites(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  /**
   * The write's result, or false when it lost a race; other failures are thrown. The write must
   * be a single statement: outside a transaction it is not wrapped in one.
   */
  public boolean attempt(BooleanSupplier write) {
    try {
      return tx.findTransactionStatus().isPresent()
          ? withinSavepoint(write)
          : write.getAsBoolean();
    } catch (RuntimeException e) {
      if (SqlConflicts.isConflict(e)) {
        LOG.debug("A write lost a race to another writer: {}", e.getMessage());
        return false;
      }
      throw e;
    }
  }

  /** Waits a little longer after each lost race, giving the winner (an H2 lock holder) time. */
  public static void backOff(int attempt) {
    try {
      Thread.sleep(5L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while retrying a write", e);
    }
  }

  private boolean withinSavepoint(BooleanSupplier write) {
    Connection connection = tx.getConnection();
    Savepoint savepoint = jdbc(connection::setSavepoint);
    boolean written;
    try {
      written = write.getAsBoolean();
    } catch (RuntimeException e) {
      jdbc(() -> {
        connection.rollback(savepoint);
        return null;
      });
      throw e;
    }
    jdbc(() -> {
      connection.releaseSavepoint(savepoint);
      return null;
    });
    return written;
  }

  private static <T> T jdbc(SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new DataAccessException("Savepoint handling failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }
}
