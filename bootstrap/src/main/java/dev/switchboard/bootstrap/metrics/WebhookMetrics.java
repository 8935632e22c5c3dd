package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.webhook.DeliverWebhooksUseCase;
import dev.switchboard.application.port.in.webhook.DeliveryRound;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Counts the outcomes of webhook delivery attempts, round by round. */
@Singleton
final class WebhookMetrics implements BeanCreatedEventListener<DeliverWebhooksUseCase> {
  private final BeanProvider<MeterRegistry> registry;

  WebhookMetrics(BeanProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public DeliverWebhooksUseCase onCreated(BeanCreatedEvent<DeliverWebhooksUseCase> event) {
    DeliverWebhooksUseCase delegate = event.getBean();
    // The registry is looked up on use: creating it here could recurse into bean creation.
    Meters meters = new Meters(registry);
    return () -> {
      DeliveryRound round = delegate.deliverDue();
      add(meters, "delivered", round.delivered());
      add(meters, "retrying", round.retrying());
      add(meters, "failed", round.failed());
      add(meters, "rejected", round.rejected());
      return round;
    };
  }

  private static void add(Meters meters, String outcome, int count) {
    // Registered at 0 too, so the series exists before the first delivery.
    meters.counter(MetricNames.WEBHOOK_DELIVERIES, "outcome", outcome).increment(count);
  }
}
