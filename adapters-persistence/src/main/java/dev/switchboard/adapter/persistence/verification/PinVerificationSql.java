package dev.switchboard.adapter.persistence.verification;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.verification.PinVerification;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The three statements of {@code pin_verifications}, in plain JDBC: they run on every PIN request
 * and every sign-in, so they skip the repository layer's per-call mapping. Each is one statement
 * on the caller's connection (its transaction when there is one, else auto-commit).
 */
final class PinVerificationSql {
  private static final String COLUMNS = "seed, pin_hash, issued_at, expires_at, sends,"
      + " last_sent_at, wrong_tries, consumed, day_start, day_sends, version";
  private static final String FIND =
      "SELECT " + COLUMNS + " FROM pin_verifications WHERE e164 = ?";
  private static final String INSERT = "INSERT INTO pin_verifications (" + COLUMNS + ", e164)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_IF_VERSION = """
      UPDATE pin_verifications
         SET seed = ?, pin_hash = ?, issued_at = ?, expires_at = ?, sends = ?, last_sent_at = ?,
             wrong_tries = ?, consumed = ?, day_start = ?, day_sends = ?, version = ?
       WHERE e164 = ? AND version = ?""";
  private final ConnectionOperations<Connection> connections;

  PinVerificationSql(ConnectionOperations<Connection> connections) {
    this.connections = connections;
  }

  Optional<PinVerification> find(PhoneNumber number) {
    return connections.executeRead(status -> run(() -> {
      try (PreparedStatement select = status.getConnection().prepareStatement(FIND)) {
        select.setString(1, number.e164());
        try (ResultSet rs = select.executeQuery()) {
          return rs.next() ? Optional.of(read(number, rs)) : Optional.empty();
        }
      }
    }));
  }

  /** Inserts the first state; a duplicate key (another writer was first) is thrown. */
  void insert(PinVerification first) {
    connections.executeWrite(status -> run(() -> {
      try (PreparedStatement insert = status.getConnection().prepareStatement(INSERT)) {
        bindState(insert, first);
        insert.setString(12, first.number().e164());
        return insert.executeUpdate();
      }
    }));
  }

  /** Writes {@code next} only over the version before it; false when that is not stored. */
  boolean updateIfVersion(PinVerification next) {
    return connections.executeWrite(status -> run(() -> {
      try (PreparedStatement update =
          status.getConnection().prepareStatement(UPDATE_IF_VERSION)) {
        bindState(update, next);
        update.setString(12, next.number().e164());
        update.setLong(13, next.version() - 1);
        return update.executeUpdate() == 1;
      }
    }));
  }

  private static void bindState(PreparedStatement statement, PinVerification v)
      throws SQLException {
    statement.setString(1, v.seed());
    statement.setString(2, v.pinHash().encoded());
    statement.setObject(3, utc(v.issuedAt()));
    statement.setObject(4, utc(v.expiresAt()));
    statement.setInt(5, v.sends());
    statement.setObject(6, utc(v.lastSentAt()));
    statement.setInt(7, v.wrongTries());
    statement.setBoolean(8, v.consumed());
    statement.setObject(9, utc(v.dayStart()));
    statement.setInt(10, v.daySends());
    statement.setLong(11, v.version());
  }

  private static PinVerification read(PhoneNumber number, ResultSet rs) throws SQLException {
    return new PinVerification(number, rs.getString(1), SecretHash.parse(rs.getString(2)),
        instant(rs, 3), instant(rs, 4), rs.getInt(5), instant(rs, 6), rs.getInt(7),
        rs.getBoolean(8), instant(rs, 9), rs.getInt(10), rs.getLong(11));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static <T> T run(SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new DataAccessException("A PIN verification statement failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }
}
