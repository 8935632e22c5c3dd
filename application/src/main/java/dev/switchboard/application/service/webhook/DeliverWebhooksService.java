package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.in.webhook.DeliverWebhooksUseCase;
import dev.switchboard.application.port.in.webhook.DeliveryRound;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.webhook.DeliveryStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Claims the due deliveries, attempts them side by side on {@code executor} and records every
 * outcome in one write.
 */
public final class DeliverWebhooksService implements DeliverWebhooksUseCase {
  private final WebhookOutbox outbox;
  private final WebhookAttempt attempt;
  private final Clock clock;
  private final WebhookSettings settings;
  private final Executor executor;

  public DeliverWebhooksService(WebhookOutbox outbox, WebhookAttempt attempt, Clock clock,
      WebhookSettings settings, Executor executor) {
    this.outbox = outbox;
    this.attempt = attempt;
    this.clock = clock;
    this.settings = settings;
    this.executor = executor;
  }

  @Override
  public DeliveryRound deliverDue() {
    Instant now = clock.instant();
    List<ClaimedDelivery> claimed =
        outbox.claimDue(now, settings.claimSize(), now.plus(settings.lease()));
    if (claimed.isEmpty()) {
      return DeliveryRound.NONE;
    }
    List<CompletableFuture<AttemptOutcome>> running = claimed.stream()
        .map(d -> CompletableFuture.supplyAsync(() -> attempt.attempt(d), executor)).toList();
    List<AttemptOutcome> outcomes = running.stream().map(CompletableFuture::join).toList();
    outbox.record(outcomes);
    return new DeliveryRound(claimed.size(), count(outcomes, DeliveryStatus.DELIVERED),
        count(outcomes, DeliveryStatus.PENDING), count(outcomes, DeliveryStatus.FAILED),
        count(outcomes, DeliveryStatus.REJECTED));
  }

  private static int count(List<AttemptOutcome> outcomes, DeliveryStatus status) {
    return (int) outcomes.stream().filter(o -> o.status() == status).count();
  }
}
