package dev.switchboard.application.service.housekeeping;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.domain.webhook.DeliveryStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/**
 * Deletes what {@link RetentionPolicy} no longer keeps, kind by kind, in batches of
 * {@code batchSize} rows until a batch comes back short or {@code maxBatches} ran.
 */
public final class PurgeExpiredRecordsService implements PurgeExpiredRecordsUseCase {
  /** A number's SMS count covers 24 hours from its first SMS (PinVerification's day window). */
  private static final Duration SMS_DAY = Duration.ofHours(24);
  private final ExpiredRecords records;
  private final Clock clock;
  private final RetentionPolicy policy;

  public PurgeExpiredRecordsService(ExpiredRecords records, Clock clock, RetentionPolicy policy) {
    this.records = records;
    this.clock = clock;
    this.policy = policy;
  }

  @Override
  public PurgeReport purge() {
    Instant now = clock.instant();
    Instant expired = now.minus(policy.expiredMargin());
    Map<RecordKind, Long> purged = new EnumMap<>(RecordKind.class);
    boolean[] complete = {true};
    Instant delivered = now.minus(policy.deliveredWebhooks());
    Instant failed = now.minus(policy.failedWebhooks());
    run(purged, complete, RecordKind.DELIVERED_WEBHOOKS,
        n -> records.deleteWebhookDeliveries(DeliveryStatus.DELIVERED, delivered, n));
    run(purged, complete, RecordKind.FAILED_WEBHOOKS,
        n -> records.deleteWebhookDeliveries(DeliveryStatus.FAILED, failed, n));
    run(purged, complete, RecordKind.FAILED_WEBHOOKS,
        n -> records.deleteWebhookDeliveries(DeliveryStatus.REJECTED, failed, n));
    Instant ended = now.minus(policy.callRecords());
    run(purged, complete, RecordKind.CALL_RECORDS, n -> records.deleteEndedCalls(ended, n));
    run(purged, complete, RecordKind.PIN_VERIFICATIONS,
        n -> records.deletePinVerifications(expired, expired.minus(SMS_DAY), n));
    run(purged, complete, RecordKind.ACCESS_TOKENS, n -> records.deleteAccessTokens(expired, n));
    run(purged, complete, RecordKind.NONCES, n -> records.deleteNonces(expired, n));
    Instant reserved = now.minus(policy.reservations());
    run(purged, complete, RecordKind.RESERVATIONS, n -> records.deleteReservations(reserved, n));
    return new PurgeReport(purged, complete[0]);
  }

  private void run(Map<RecordKind, Long> purged, boolean[] complete, RecordKind kind,
      IntUnaryOperator deleteUpTo) {
    long total = purged.getOrDefault(kind, 0L);
    for (int batch = 0; batch < policy.maxBatches(); batch++) {
      int deleted = deleteUpTo.applyAsInt(policy.batchSize());
      total += deleted;
      if (deleted < policy.batchSize()) {
        purged.put(kind, total);
        return;
      }
    }
    complete[0] = false;
    purged.put(kind, total);
  }
}
