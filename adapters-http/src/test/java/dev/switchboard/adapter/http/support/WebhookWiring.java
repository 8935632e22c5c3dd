package dev.switchboard.adapter.http.support;

import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryUseCase;
import dev.switchboard.application.port.out.webhook.DeliveryWakeUp;
import dev.switchboard.application.service.webhook.ListWebhookDeliveriesService;
import dev.switchboard.application.service.webhook.ReplayWebhookDeliveryService;
import dev.switchboard.application.testing.InMemoryWebhookOutbox;
import dev.switchboard.application.testing.MutableClock;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Test wiring of the webhook admin use cases over an in-memory outbox. */
@Factory
public class WebhookWiring {

  @Singleton
  InMemoryWebhookOutbox webhookOutbox() {
    return new InMemoryWebhookOutbox();
  }

  @Singleton
  ListWebhookDeliveriesUseCase listWebhookDeliveries(InMemoryWebhookOutbox outbox) {
    return new ListWebhookDeliveriesService(outbox);
  }

  @Singleton
  ReplayWebhookDeliveryUseCase replayWebhookDelivery(InMemoryWebhookOutbox outbox,
      MutableClock clock) {
    return new ReplayWebhookDeliveryService(outbox, clock, DeliveryWakeUp.NONE);
  }
}
