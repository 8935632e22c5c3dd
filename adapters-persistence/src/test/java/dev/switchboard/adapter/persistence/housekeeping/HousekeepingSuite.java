package dev.switchboard.adapter.persistence.housekeeping;

import dev.switchboard.adapter.persistence.auth.AccessTokensPersistenceAdapter;
import dev.switchboard.adapter.persistence.auth.NoncesPersistenceAdapter;
import dev.switchboard.adapter.persistence.callback.CallRecordsPersistenceAdapter;
import dev.switchboard.adapter.persistence.callthrough.ReservationsPersistenceAdapter;
import dev.switchboard.adapter.persistence.verification.VerificationsPersistenceAdapter;
import dev.switchboard.adapter.persistence.webhook.WebhookOutboxPersistenceAdapter;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.application.testing.AbstractExpiredRecordsContractTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Nested;

/**
 * The retention adapter against the {@link ExpiredRecords} contract, run on H2 and on
 * PostgreSQL (kept apart from the shared PersistenceSuite so this work merges without it).
 */
abstract class HousekeepingSuite {
  @Inject ExpiredRecordsPersistenceAdapter expired;
  @Inject WebhookOutboxPersistenceAdapter outbox;
  @Inject CallRecordsPersistenceAdapter calls;
  @Inject VerificationsPersistenceAdapter verifications;
  @Inject AccessTokensPersistenceAdapter tokens;
  @Inject NoncesPersistenceAdapter nonces;
  @Inject ReservationsPersistenceAdapter reservations;

  @Nested
  class ExpiredRecordsContract extends AbstractExpiredRecordsContractTest {
    @Override
    protected ExpiredRecords expired() {
      return expired;
    }

    @Override
    protected WebhookOutbox outbox() {
      return outbox;
    }

    @Override
    protected CallRecords calls() {
      return calls;
    }

    @Override
    protected Verifications verifications() {
      return verifications;
    }

    @Override
    protected AccessTokens tokens() {
      return tokens;
    }

    @Override
    protected Nonces nonces() {
      return nonces;
    }

    @Override
    protected Reservations reservations() {
      return reservations;
    }
  }
}
