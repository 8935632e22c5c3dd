package dev.switchboard.adapter.persistence.webhook;

import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.WebhookDelivery;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox in {@code webhook_deliveries}, with plain JDBC on the transaction's connection.
 * Claims lock the due rows with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers (other
 * instances on one PostgreSQL) each get different rows and never wait for each other.
 */
@Singleton
public final class WebhookOutboxPersistenceAdapter implements WebhookOutbox {
  private final TransactionOperations<Connection> tx;

  public WebhookOutboxPersistenceAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public void enqueue(List<NewDelivery> deliveries) {
    tx.executeWrite(status -> jdbc("Queueing webhook deliveries",
        () -> OutboxSql.insert(tx.getConnection(), deliveries)));
  }

  @Override
  public List<ClaimedDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
    return tx.executeWrite(status -> jdbc("Claiming webhook deliveries", () -> {
      Connection c = tx.getConnection();
      List<ClaimedDelivery> due = OutboxSql.lockDue(c, now, limit);
      OutboxSql.lease(c, due, leaseUntil);
      return due.stream().map(d -> new ClaimedDelivery(d.id(), d.webhookId(), d.cloudId(),
          d.format(), d.body(), d.attempt() + 1)).toList();
    }));
  }

  @Override
  public void record(List<AttemptOutcome> outcomes) {
    tx.executeWrite(status -> jdbc("Recording webhook outcomes",
        () -> OutboxSql.record(tx.getConnection(), outcomes)));
  }

  @Override
  public List<WebhookDelivery> list(Optional<DeliveryStatus> status, int limit) {
    return tx.executeRead(s -> jdbc("Listing webhook deliveries",
        () -> OutboxSql.list(tx.getConnection(), status, limit)));
  }

  @Override
  public boolean replay(long id, Instant now) {
    return tx.executeWrite(status -> jdbc("Replaying a webhook delivery", () -> {
      try (PreparedStatement ps = tx.getConnection().prepareStatement(OutboxSql.REPLAY)) {
        ps.setObject(1, OutboxSql.at(now));
        ps.setLong(2, id);
        return ps.executeUpdate() == 1;
      }
    }));
  }

  private static <T> T jdbc(String what, SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new DataAccessException(what + " failed: " + e.getMessage(), e);
    }
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run() throws SQLException;
  }
}
