package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.application.service.auth.InMemoryNonces;

/** The in-memory stores against the {@link ExpiredRecords} contract. */
class InMemoryExpiredRecordsContractTest extends AbstractExpiredRecordsContractTest {
  private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
  private final InMemoryCallRecords calls = new InMemoryCallRecords();
  private final InMemoryVerifications verifications = new InMemoryVerifications();
  private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
  private final InMemoryNonces nonces = new InMemoryNonces(1_000);
  private final InMemoryReservations reservations = new InMemoryReservations();
  private final InMemoryExpiredRecords expired = new InMemoryExpiredRecords(outbox, calls,
      verifications, tokens, nonces, reservations);

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
