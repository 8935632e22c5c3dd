package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Driven port for the durable outbox of webhook deliveries. {@link #enqueue} joins the caller's
 * transaction; several workers may claim at once and each due delivery goes to one of them.
 */
public interface WebhookOutbox {

  void enqueue(List<NewDelivery> deliveries);

  /**
   * Claims up to {@code limit} pending deliveries due at {@code now} (oldest first, skipping those
   * another worker holds): their attempt count goes up by one and they are not due again before
   * {@code leaseUntil}, so a worker that dies mid-attempt leaves them to be retried.
   */
  List<ClaimedDelivery> claimDue(Instant now, int limit, Instant leaseUntil);

  /** Records outcomes; one whose attempt is no longer the row's current one is ignored. */
  void record(List<AttemptOutcome> outcomes);

  /** Newest first, optionally only those with {@code status}. */
  List<WebhookDelivery> list(Optional<DeliveryStatus> status, int limit);

  /** A failed or rejected delivery becomes pending again, due now, with a fresh schedule. */
  boolean replay(long id, Instant now);
}
