package dev.switchboard.application.port.out.housekeeping;

import dev.switchboard.domain.webhook.DeliveryStatus;
import java.time.Instant;

/**
 * Driven port that deletes records nobody needs any more, at most {@code limit} per call (one
 * short transaction each). Every method returns how many it deleted; a concurrent caller never
 * deletes a row twice, and a row that changed meanwhile (e.g. a replayed webhook) is re-checked.
 */
public interface ExpiredRecords {

  /**
   * Webhook deliveries in the final {@code status} (DELIVERED, FAILED or REJECTED) whose last
   * attempt was before {@code finishedBefore}.
   *
   * @throws IllegalArgumentException for PENDING: a pending delivery is never deleted
   */
  int deleteWebhookDeliveries(DeliveryStatus status, Instant finishedBefore, int limit);

  /** Call records that ended before {@code endedBefore}; calls not yet ended are kept. */
  int deleteEndedCalls(Instant endedBefore, int limit);

  /**
   * PIN verifications that expired before {@code expiredBefore} and whose 24-hour SMS window
   * started before {@code dayStartedBefore} (the row also carries the number's daily SMS count).
   */
  int deletePinVerifications(Instant expiredBefore, Instant dayStartedBefore, int limit);

  /** Access tokens that expired before {@code expiredBefore}, revoked or not. */
  int deleteAccessTokens(Instant expiredBefore, int limit);

  /** Spent nonces whose replay window ended before {@code expiredBefore}. */
  int deleteNonces(Instant expiredBefore, int limit);

  /** Call-through reservations whose window ended before {@code expiredBefore}, used or not. */
  int deleteReservations(Instant expiredBefore, int limit);
}
