package dev.switchboard.application.service.webhook;

import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryCommand;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryUseCase;
import dev.switchboard.application.port.out.webhook.DeliveryWakeUp;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import java.time.Clock;

/** Puts a failed or rejected delivery back in the queue and wakes the worker. */
public final class ReplayWebhookDeliveryService implements ReplayWebhookDeliveryUseCase {
  private final WebhookOutbox outbox;
  private final Clock clock;
  private final DeliveryWakeUp wakeUp;

  public ReplayWebhookDeliveryService(WebhookOutbox outbox, Clock clock, DeliveryWakeUp wakeUp) {
    this.outbox = outbox;
    this.clock = clock;
    this.wakeUp = wakeUp;
  }

  @Override
  public boolean replay(ReplayWebhookDeliveryCommand command) {
    boolean replayed = outbox.replay(command.id(), clock.instant());
    if (replayed) {
      wakeUp.wake();
    }
    return replayed;
  }
}
