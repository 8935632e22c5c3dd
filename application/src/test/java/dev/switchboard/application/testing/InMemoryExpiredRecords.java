package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.domain.webhook.DeliveryStatus;
import java.time.Instant;

/** In-memory {@link ExpiredRecords} over the in-memory stores it is given. */
public final class InMemoryExpiredRecords implements ExpiredRecords {
  private final InMemoryWebhookOutbox outbox;
  private final InMemoryCallRecords calls;
  private final InMemoryVerifications verifications;
  private final InMemoryAccessTokens tokens;
  private final InMemoryNonces nonces;
  private final InMemoryReservations reservations;

  public InMemoryExpiredRecords(InMemoryWebhookOutbox outbox, InMemoryCallRecords calls,
      InMemoryVerifications verifications, InMemoryAccessTokens tokens, InMemoryNonces nonces,
      InMemoryReservations reservations) {
    this.outbox = outbox;
    this.calls = calls;
    this.verifications = verifications;
    this.tokens = tokens;
    this.nonces = nonces;
    this.reservations = reservations;
  }

  @Override
  public int deleteWebhookDeliveries(DeliveryStatus status, Instant finishedBefore, int limit) {
    if (status == DeliveryStatus.PENDING) {
      throw new IllegalArgumentException("Pending webhook deliveries are never deleted");
    }
    return outbox.deleteFinished(status, finishedBefore, limit);
  }

  @Override
  public int deleteEndedCalls(Instant endedBefore, int limit) {
    return calls.deleteEnded(endedBefore, limit);
  }

  @Override
  public int deletePinVerifications(Instant expiredBefore, Instant dayStartedBefore, int limit) {
    return verifications.deleteExpired(expiredBefore, dayStartedBefore, limit);
  }

  @Override
  public int deleteAccessTokens(Instant expiredBefore, int limit) {
    return tokens.deleteExpired(expiredBefore, limit);
  }

  @Override
  public int deleteNonces(Instant expiredBefore, int limit) {
    return nonces.purgeExpiredBefore(expiredBefore, limit);
  }

  @Override
  public int deleteReservations(Instant expiredBefore, int limit) {
    return reservations.deleteExpired(expiredBefore, limit);
  }
}
