package dev.switchboard.adapter.persistence.callback;

import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallLeg;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import dev.switchboard.domain.call.LegState;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** Call records in {@code callback_calls}, both legs side by side in one row. */
@Singleton
public final class CallRecordsPersistenceAdapter implements CallRecords {
  private static final String COLUMNS = "username, first_leg, state, created_at, bridged_at,"
      + " ended_at, end_reason, charged,"
      + " dst_number, dst_state, dst_sip_call_id, dst_reason, dst_trying_at, dst_ringing_at,"
      + " dst_answered_at, dst_ended_at,"
      + " cb_number, cb_state, cb_sip_call_id, cb_reason, cb_trying_at, cb_ringing_at,"
      + " cb_answered_at, cb_ended_at";
  private static final String UPDATE = "UPDATE callback_calls SET "
      + COLUMNS.replace(",", " = ?,").replaceAll("\\s+", " ") + " = ? WHERE id = ?";
  private static final String INSERT = "INSERT INTO callback_calls (" + COLUMNS
      + ", id) VALUES (" + "?, ".repeat(24) + "?)";
  private final TransactionOperations<Connection> tx;

  public CallRecordsPersistenceAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public void save(CallbackCall call) {
    tx.executeWrite(status -> {
      Connection c = status.getConnection();
      try {
        if (write(c, UPDATE, call) == 0) {
          write(c, INSERT, call);
        }
        return null;
      } catch (SQLException e) {
        throw new DataAccessException("Storing call " + call.id() + " failed: " + e.getMessage(), e);
      }
    });
  }

  @Override
  public Optional<CallbackCall> find(CallId id) {
    return tx.executeRead(status -> {
      try (PreparedStatement ps = status.getConnection().prepareStatement(
          "SELECT " + COLUMNS + " FROM callback_calls WHERE id = ?")) {
        ps.setString(1, id.value());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(read(id, rs)) : Optional.<CallbackCall>empty();
        }
      } catch (SQLException e) {
        throw new DataAccessException("Reading call " + id + " failed: " + e.getMessage(), e);
      }
    });
  }

  private static int write(Connection c, String sql, CallbackCall call) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, call.username().value());
      ps.setString(i++, call.firstLeg().name());
      ps.setString(i++, call.state().name());
      ps.setTimestamp(i++, ts(call.createdAt()));
      ps.setTimestamp(i++, ts(call.bridgedAt()));
      ps.setTimestamp(i++, ts(call.endedAt()));
      ps.setString(i++, call.endReason());
      ps.setBigDecimal(i++, call.charged());
      for (CallLeg leg : new CallLeg[] {call.destination(), call.callback()}) {
        ps.setString(i++, leg.number().value());
        ps.setString(i++, leg.state().name());
        ps.setString(i++, leg.sipCallId());
        ps.setString(i++, leg.endReason());
        ps.setTimestamp(i++, ts(leg.tryingAt()));
        ps.setTimestamp(i++, ts(leg.ringingAt()));
        ps.setTimestamp(i++, ts(leg.answeredAt()));
        ps.setTimestamp(i++, ts(leg.endedAt()));
      }
      ps.setString(i, call.id().value());
      return ps.executeUpdate();
    }
  }

  private static CallbackCall read(CallId id, ResultSet rs) throws SQLException {
    return new CallbackCall(id, new SipUsername(rs.getString("username")),
        LegRole.valueOf(rs.getString("first_leg")), leg(rs, "dst_", LegRole.DESTINATION),
        leg(rs, "cb_", LegRole.CALLBACK), CallState.valueOf(rs.getString("state")),
        instant(rs, "created_at"), instant(rs, "bridged_at"), instant(rs, "ended_at"),
        rs.getString("end_reason"), rs.getBigDecimal("charged"));
  }

  private static CallLeg leg(ResultSet rs, String p, LegRole role) throws SQLException {
    return new CallLeg(role, new DialableNumber(rs.getString(p + "number")),
        LegState.valueOf(rs.getString(p + "state")), rs.getString(p + "sip_call_id"),
        rs.getString(p + "reason"), instant(rs, p + "trying_at"), instant(rs, p + "ringing_at"),
        instant(rs, p + "answered_at"), instant(rs, p + "ended_at"));
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
