package dev.switchboard.adapter.persistence.webhook;

import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the outbox (one dialect: it runs on PostgreSQL and on H2 in PostgreSQL mode). */
final class OutboxSql {
  static final String REPLAY = "UPDATE webhook_deliveries"
      + " SET status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = ''"
      + " WHERE id = ? AND status IN ('FAILED', 'REJECTED')";
  private static final String INSERT = "INSERT INTO webhook_deliveries (webhook_id, cloud_id,"
      + " number_digits, parties, format, body, status, attempts, next_attempt_at, created_at,"
      + " last_status_code, last_error) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, 0, '')";
  private static final String LOCK_DUE = "SELECT id, webhook_id, cloud_id, format, body, attempts"
      + " FROM webhook_deliveries WHERE status = 'PENDING' AND next_attempt_at <= ?"
      + " ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
  private static final String LEASE = "UPDATE webhook_deliveries"
      + " SET attempts = attempts + 1, next_attempt_at = ? WHERE id = ?";
  private static final String RECORD = "UPDATE webhook_deliveries SET status = ?,"
      + " next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, last_error = ?"
      + " WHERE id = ? AND attempts = ? AND status = 'PENDING'";
  private static final String LIST = "SELECT id, webhook_id, cloud_id, number_digits, parties,"
      + " status, attempts, created_at, next_attempt_at, last_attempt_at, last_status_code,"
      + " last_error FROM webhook_deliveries";
  private static final int MAX_ERROR = 500;

  private OutboxSql() {}

  static Integer insert(Connection c, List<NewDelivery> deliveries) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (NewDelivery d : deliveries) {
        ps.setString(1, d.webhookId());
        ps.setString(2, d.cloudId().value());
        ps.setLong(3, d.number().digits());
        ps.setInt(4, d.parties());
        ps.setString(5, d.format().name());
        ps.setString(6, d.body());
        ps.setObject(7, at(d.createdAt()));
        ps.setObject(8, at(d.createdAt()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return deliveries.size();
  }

  /** The due rows, locked; {@code attempt} holds the attempts made so far. */
  static List<ClaimedDelivery> lockDue(Connection c, Instant now, int limit) throws SQLException {
    List<ClaimedDelivery> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(LOCK_DUE)) {
      ps.setObject(1, at(now));
      ps.setInt(2, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new ClaimedDelivery(rs.getLong(1), rs.getString(2), new CloudId(rs.getString(3)),
              PayloadFormat.valueOf(rs.getString(4)), rs.getString(5), rs.getInt(6)));
        }
      }
    }
    return out;
  }

  static void lease(Connection c, List<ClaimedDelivery> rows, Instant until) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(LEASE)) {
      for (ClaimedDelivery d : rows) {
        ps.setObject(1, at(until));
        ps.setLong(2, d.id());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  static Integer record(Connection c, List<AttemptOutcome> outcomes) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(RECORD)) {
      for (AttemptOutcome o : outcomes) {
        ps.setString(1, o.status().name());
        ps.setObject(2, at(o.nextAttemptAt().orElse(o.attemptedAt())));
        ps.setObject(3, at(o.attemptedAt()));
        ps.setInt(4, o.statusCode());
        String error = o.error();
        ps.setString(5, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
        ps.setLong(6, o.id());
        ps.setInt(7, o.attempt());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return outcomes.size();
  }

  static List<WebhookDelivery> list(Connection c, Optional<DeliveryStatus> status, int limit)
      throws SQLException {
    String sql = LIST + (status.isPresent() ? " WHERE status = ?" : "")
        + " ORDER BY id DESC LIMIT ?";
    List<WebhookDelivery> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (status.isPresent()) {
        ps.setString(i++, status.get().name());
      }
      ps.setInt(i, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new WebhookDelivery(rs.getLong(1), rs.getString(2), new CloudId(rs.getString(3)),
              new PhoneNumber("+" + rs.getLong(4)), rs.getInt(5),
              DeliveryStatus.valueOf(rs.getString(6)), rs.getInt(7), instant(rs, 8),
              instant(rs, 9), Optional.ofNullable(instant(rs, 10)), rs.getInt(11),
              rs.getString(12)));
        }
      }
    }
    return out;
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
