package dev.switchboard.application.port.in.housekeeping;

/**
 * Use case: delete the stored records that are no longer needed (delivered and given-up webhook
 * deliveries, ended calls, expired PINs, tokens, nonces and reservations) under the configured
 * retention, in bounded batches. Idempotent and safe to run on several instances at once.
 */
public interface PurgeExpiredRecordsUseCase {

  PurgeReport purge();
}
