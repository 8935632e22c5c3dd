package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.out.webhook.WebhookBacklog;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauge {@code switchboard.webhook.queue} per delivery status (pending = the queue depth). The
 * database is asked at most every 5 seconds however often Prometheus scrapes.
 */
@Singleton
@Requires(beans = WebhookBacklog.class)
final class WebhookQueueMetrics implements MeterBinder {
  static final String NAME = "switchboard.webhook.queue";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookQueueMetrics.class);
  private static final long MAX_AGE_NANOS = Duration.ofSeconds(5).toNanos();
  // Looked up when first read: the data source it needs is itself instrumented by the registry
  // this binder is bound to.
  private final BeanProvider<WebhookBacklog> backlog;
  private volatile Map<DeliveryStatus, Long> last = Map.of();
  private volatile long readAt;

  WebhookQueueMetrics(BeanProvider<WebhookBacklog> backlog) {
    this.backlog = backlog;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (DeliveryStatus status : DeliveryStatus.values()) {
      if (status != DeliveryStatus.DELIVERED) {
        Gauge.builder(NAME, this, m -> m.count(status))
            .tag("status", status.name().toLowerCase(Locale.ROOT))
            .description("Webhook deliveries in this status (pending: the queue depth)")
            .register(registry);
      }
    }
  }

  private synchronized double count(DeliveryStatus status) {
    long now = System.nanoTime();
    if (readAt == 0 || now - readAt > MAX_AGE_NANOS) {
      try {
        last = backlog.get().countByStatus();
      } catch (RuntimeException e) {
        LOG.warn("Could not count webhook deliveries: {}", e.getMessage());
      }
      readAt = now;
    }
    return last.getOrDefault(status, 0L);
  }
}
