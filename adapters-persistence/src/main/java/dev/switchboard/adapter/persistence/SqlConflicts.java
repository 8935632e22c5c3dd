package dev.switchboard.adapter.persistence;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises the SQL errors that mean "another writer got there first" on PostgreSQL and H2, so
 * adapters can answer them as outcomes instead of failures.
 */
public final class SqlConflicts {
  private static final String UNIQUE_VIOLATION = "23505";
  // PostgreSQL serialization failure and deadlock; H2 deadlock, concurrent update, lock timeout.
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "90131", "HYT00");
  private static final int MAX_DEPTH = 16;

  private SqlConflicts() {}

  /** True when {@code error} is caused by a duplicate key. */
  public static boolean isUniqueViolation(Throwable error) {
    return UNIQUE_VIOLATION.equals(sqlState(error));
  }

  /** True for a duplicate key or a concurrency failure that a retry may not meet again. */
  public static boolean isConflict(Throwable error) {
    String state = sqlState(error);
    return UNIQUE_VIOLATION.equals(state) || TRANSIENT.contains(state);
  }

  private static String sqlState(Throwable error) {
    Throwable t = error;
    for (int depth = 0; t != null && depth < MAX_DEPTH; depth++) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
      t = t.getCause();
    }
    return null;
  }
}
