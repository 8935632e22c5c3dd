package dev.switchboard.adapter.persistence.webhook;

import dev.switchboard.application.port.out.webhook.WebhookBacklog;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/** Counts {@code webhook_deliveries} per status with one grouped query (for the metrics). */
@Singleton
public final class WebhookBacklogPersistenceAdapter implements WebhookBacklog {
  private static final String COUNT =
      "SELECT status, COUNT(*) FROM webhook_deliveries GROUP BY status";
  private final ConnectionOperations<Connection> connections;

  WebhookBacklogPersistenceAdapter(ConnectionOperations<Connection> connections) {
    this.connections = connections;
  }

  @Override
  public Map<DeliveryStatus, Long> countByStatus() {
    return connections.executeRead(status -> {
      Map<DeliveryStatus, Long> counts = new EnumMap<>(DeliveryStatus.class);
      try (PreparedStatement query = status.getConnection().prepareStatement(COUNT);
          ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          counts.put(DeliveryStatus.valueOf(rows.getString(1)), rows.getLong(2));
        }
      } catch (SQLException e) {
        throw new DataAccessException("Counting webhook deliveries failed: " + e.getMessage(), e);
      }
      return counts;
    });
  }
}
