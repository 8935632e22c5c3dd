package dev.switchboard.adapter.persistence.callthrough;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reservations in {@code callthrough_reservations}. Every claim and every consumption is one
 * conditional SQL statement in auto-commit, so two instances sharing the database never hand
 * out one slot twice: the primary key (caller, access number) decides races.
 */
@Singleton
public final class ReservationsPersistenceAdapter implements Reservations {
  private static final String LAST = "SELECT access_digits FROM callthrough_reservations"
      + " WHERE caller_digits = ? ORDER BY reserved_at DESC LIMIT 1";
  private static final String RECLAIM = """
      UPDATE callthrough_reservations
         SET reservation_id = ?, callers = ?, cloud_id = ?, username = ?, target = ?,
             reserved_at = ?, expires_at = ?, used = FALSE
       WHERE caller_digits = ? AND access_digits = ? AND (used = TRUE OR expires_at <= ?)""";
  private static final String INSERT = """
      INSERT INTO callthrough_reservations (caller_digits, access_digits, reservation_id,
          callers, cloud_id, username, target, reserved_at, expires_at, used)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)""";
  private static final String RELEASE =
      "UPDATE callthrough_reservations SET used = TRUE WHERE reservation_id = ?";
  private static final String FIND_ACTIVE = """
      SELECT reservation_id, callers, cloud_id, username, target, reserved_at, expires_at
        FROM callthrough_reservations
       WHERE caller_digits = ? AND access_digits = ? AND used = FALSE AND expires_at > ?""";
  private static final String TAKE = """
      UPDATE callthrough_reservations SET used = TRUE
       WHERE caller_digits = ? AND access_digits = ? AND reservation_id = ? AND used = FALSE
         AND expires_at > ?""";
  /** PostgreSQL: find and take in one statement (one round trip per routed call). */
  private static final String TAKE_RETURNING = """
      UPDATE callthrough_reservations SET used = TRUE
       WHERE caller_digits = ? AND access_digits = ? AND used = FALSE AND expires_at > ?
      RETURNING reservation_id, callers, cloud_id, username, target, reserved_at, expires_at""";
  private final ConnectionOperations<Connection> connections;
  private final RacingWrites racing;
  private volatile Boolean postgres;

  public ReservationsPersistenceAdapter(ConnectionOperations<Connection> connections,
      TransactionOperations<Connection> tx) {
    this.connections = connections;
    this.racing = new RacingWrites(tx);
  }

  @Override
  public Optional<AccessNumber> lastAccessNumber(PhoneNumber caller) {
    return connections.executeRead(status -> jdbc(() -> {
      try (PreparedStatement s = status.getConnection().prepareStatement(LAST)) {
        s.setLong(1, caller.digits());
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(AccessNumber.parse("+" + rs.getLong(1)))
              : Optional.<AccessNumber>empty();
        }
      }
    }));
  }

  @Override
  public boolean tryReserve(Reservation r) {
    List<PhoneNumber> claimed = new ArrayList<>();
    for (PhoneNumber caller : r.callers()) {
      if (!claim(caller, r)) {
        if (!claimed.isEmpty()) {
          write(RELEASE, s -> s.setString(1, r.id()));
        }
        return false;
      }
      claimed.add(caller);
    }
    return true;
  }

  private boolean claim(PhoneNumber caller, Reservation r) {
    String callers = r.callers().stream().map(PhoneNumber::e164)
        .collect(Collectors.joining(","));
    int reclaimed = write(RECLAIM, s -> {
      s.setString(1, r.id());
      s.setString(2, callers);
      s.setString(3, r.cloudId().value());
      s.setString(4, r.account().value());
      s.setString(5, r.target().value());
      s.setObject(6, utc(r.reservedAt()));
      s.setObject(7, utc(r.expiresAt()));
      s.setLong(8, caller.digits());
      s.setLong(9, r.accessNumber().number().digits());
      s.setObject(10, utc(r.reservedAt()));
    });
    if (reclaimed > 0) {
      return true;
    }
    // No free row: either the slot is pending (the INSERT loses to the key) or it is new.
    return racing.attempt(() -> write(INSERT, s -> {
      s.setLong(1, caller.digits());
      s.setLong(2, r.accessNumber().number().digits());
      s.setString(3, r.id());
      s.setString(4, callers);
      s.setString(5, r.cloudId().value());
      s.setString(6, r.account().value());
      s.setString(7, r.target().value());
      s.setObject(8, utc(r.reservedAt()));
      s.setObject(9, utc(r.expiresAt()));
    }) == 1);
  }

  @Override
  public Optional<Reservation> consume(PhoneNumber caller, AccessNumber accessNumber,
      Instant now) {
    if (isPostgres()) {
      return consumeInOneStatement(caller, accessNumber, now);
    }
    Optional<Reservation> found = connections.executeRead(status -> jdbc(() -> {
      try (PreparedStatement s = status.getConnection().prepareStatement(FIND_ACTIVE)) {
        s.setLong(1, caller.digits());
        s.setLong(2, accessNumber.number().digits());
        s.setObject(3, utc(now));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(read(rs, accessNumber)) : Optional.<Reservation>empty();
        }
      }
    }));
    if (found.isEmpty()) {
      return found;
    }
    Reservation r = found.get();
    int taken = write(TAKE, s -> {
      s.setLong(1, caller.digits());
      s.setLong(2, accessNumber.number().digits());
      s.setString(3, r.id());
      s.setObject(4, utc(now));
    });
    if (taken == 0) {
      return Optional.empty();
    }
    if (r.callers().size() > 1) {
      write(RELEASE, s -> s.setString(1, r.id()));
    }
    return found;
  }

  private Optional<Reservation> consumeInOneStatement(PhoneNumber caller,
      AccessNumber accessNumber, Instant now) {
    Optional<Reservation> taken = connections.executeWrite(status -> jdbc(() -> {
      try (PreparedStatement s = status.getConnection().prepareStatement(TAKE_RETURNING)) {
        s.setLong(1, caller.digits());
        s.setLong(2, accessNumber.number().digits());
        s.setObject(3, utc(now));
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(read(rs, accessNumber)) : Optional.<Reservation>empty();
        }
      }
    }));
    taken.filter(r -> r.callers().size() > 1)
        .ifPresent(r -> write(RELEASE, s -> s.setString(1, r.id())));
    return taken;
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

  private static Reservation read(ResultSet rs, AccessNumber accessNumber) throws SQLException {
    List<PhoneNumber> callers = Arrays.stream(rs.getString("callers").split(","))
        .map(PhoneNumber::new).toList();
    return new Reservation(rs.getString("reservation_id"), accessNumber, callers,
        new CloudId(rs.getString("cloud_id")), new SipUsername(rs.getString("username")),
        new TargetNumber(rs.getString("target")),
        rs.getObject("reserved_at", OffsetDateTime.class).toInstant(),
        rs.getObject("expires_at", OffsetDateTime.class).toInstant());
  }

  private int write(String sql, Binder binder) {
    return connections.executeWrite(status -> jdbc(() -> {
      try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
        binder.bind(s);
        return s.executeUpdate();
      }
    }));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static <T> T jdbc(SqlCall<T> call) {
    try {
      return call.run();
    } catch (SQLException e) {
      throw new DataAccessException("Call-through reservation query failed: " + e.getMessage(),
          e);
    }
  }

  @FunctionalInterface
  private interface SqlCall<T> {
    T run() throws SQLException;
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
