package dev.switchboard.adapter.persistence.housekeeping;

import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Retention deletes ({@link RetentionSql}): each call is one statement in its own short
 * transaction, so locks are held for one batch only. Instances running it at once contend for
 * the same rows at worst; a row is deleted once and the others see it gone.
 */
@Singleton
public final class ExpiredRecordsPersistenceAdapter implements ExpiredRecords {
  private final TransactionOperations<Connection> tx;

  public ExpiredRecordsPersistenceAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public int deleteWebhookDeliveries(DeliveryStatus status, Instant finishedBefore, int limit) {
    if (status == DeliveryStatus.PENDING) {
      throw new IllegalArgumentException("Pending webhook deliveries are never deleted");
    }
    return delete(RetentionSql.WEBHOOKS, status.name(), utc(finishedBefore), limit, status.name(),
        utc(finishedBefore));
  }

  @Override
  public int deleteEndedCalls(Instant endedBefore, int limit) {
    return delete(RetentionSql.ENDED_CALLS, utc(endedBefore), limit, utc(endedBefore));
  }

  @Override
  public int deletePinVerifications(Instant expiredBefore, Instant dayStartedBefore, int limit) {
    return delete(RetentionSql.PINS, utc(expiredBefore), utc(dayStartedBefore), limit,
        utc(expiredBefore), utc(dayStartedBefore));
  }

  @Override
  public int deleteAccessTokens(Instant expiredBefore, int limit) {
    return delete(RetentionSql.TOKENS, utc(expiredBefore), limit, utc(expiredBefore));
  }

  @Override
  public int deleteNonces(Instant expiredBefore, int limit) {
    return delete(RetentionSql.NONCES, utc(expiredBefore), limit, utc(expiredBefore));
  }

  @Override
  public int deleteReservations(Instant expiredBefore, int limit) {
    return delete(RetentionSql.RESERVATIONS, utc(expiredBefore), limit, utc(expiredBefore));
  }

  private int delete(String sql, Object... parameters) {
    return tx.executeWrite(status -> {
      try (PreparedStatement s = status.getConnection().prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          s.setObject(i + 1, parameters[i]);
        }
        return s.executeUpdate();
      } catch (SQLException e) {
        throw new DataAccessException("Housekeeping delete failed: " + e.getMessage(), e);
      }
    });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
