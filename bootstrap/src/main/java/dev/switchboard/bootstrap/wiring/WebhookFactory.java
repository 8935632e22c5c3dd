package dev.switchboard.bootstrap.wiring;

import dev.switchboard.adapter.http.webhook.JdkWebhookSenderAdapter;
import dev.switchboard.application.port.in.webhook.DeliverWebhooksUseCase;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryUseCase;
import dev.switchboard.application.port.out.auth.UserNetworks;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.application.port.out.webhook.WebhookSender;
import dev.switchboard.application.service.webhook.DeliverWebhooksService;
import dev.switchboard.application.service.webhook.ListWebhookDeliveriesService;
import dev.switchboard.application.service.webhook.ReplayWebhookDeliveryService;
import dev.switchboard.application.service.webhook.SmartContactNotifier;
import dev.switchboard.application.service.webhook.WebhookAttempt;
import dev.switchboard.application.service.webhook.WebhookSettings;
import dev.switchboard.bootstrap.config.AppSettings;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.bootstrap.config.ConfiguredWebhooks;
import dev.switchboard.bootstrap.config.WebhookProperties;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the new-smart-contact webhook: the configured endpoints (checked at start-up), the
 * notifier used by "become smart", the HTTP sender, the delivery worker and the admin use cases.
 */
@Factory
public class WebhookFactory {
  private static final Logger LOG = LoggerFactory.getLogger("dev.switchboard.webhook");

  @Context
  ConfiguredWebhooks webhooks(List<AppSettings> apps) {
    ConfiguredWebhooks hooks = new ConfiguredWebhooks(apps);
    hooks.all().forEach(h -> LOG.info("Smart contact webhook for {}: {} {} ({}, batches of {})",
        h.cloudId(), h.format().mediaType(), h.url().getScheme() + "://" + h.url().getHost()
            + (h.url().getPort() < 0 ? "" : ":" + h.url().getPort()) + h.url().getPath(),
        h.secret().isPresent() ? "signed" : "unsigned", h.batchSize()));
    return hooks;
  }

  @Singleton
  SmartContactNotifier smartContactNotifier(ConfiguredWebhooks hooks, AddressBooks books,
      WebhookOutbox outbox, Clock clock, ConfiguredApps apps, UserNetworks networks) {
    return new SmartContactNotifier(hooks, books, outbox, clock, apps, networks);
  }

  @Singleton
  WebhookSender webhookSender(WebhookProperties props) {
    return new JdkWebhookSenderAdapter(props.getConnectTimeout(), props.getTimeout());
  }

  @Singleton
  @Named("webhook-posts")
  @Bean(preDestroy = "shutdown")
  ExecutorService webhookPosts(WebhookProperties props) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(Math.max(1, props.getConcurrency()), r -> {
      Thread t = new Thread(r, "webhook-post-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  @Singleton
  DeliverWebhooksUseCase deliverWebhooks(WebhookOutbox outbox, ConfiguredWebhooks hooks,
      WebhookSender sender, Clock clock, WebhookProperties props,
      @Named("webhook-posts") ExecutorService posts) {
    WebhookSettings settings = props.toSettings();
    WebhookAttempt attempt = new WebhookAttempt(hooks, sender, settings.retry(), clock,
        WebhookFactory::log);
    return new DeliverWebhooksService(outbox, attempt, clock, settings, posts);
  }

  @Context
  @Bean(preDestroy = "close")
  WebhookWorker webhookWorker(DeliverWebhooksUseCase deliver, WebhookProperties props) {
    return new WebhookWorker(deliver, props.getPollInterval(), props.getClaimSize(),
        props.isWorkerEnabled());
  }

  @Singleton
  ListWebhookDeliveriesUseCase listWebhookDeliveries(WebhookOutbox outbox) {
    return new ListWebhookDeliveriesService(outbox);
  }

  @Singleton
  ReplayWebhookDeliveryUseCase replayWebhookDelivery(WebhookOutbox outbox, Clock clock,
      WebhookWorker worker) {
    return new ReplayWebhookDeliveryService(outbox, clock, worker);
  }

  /** One structured line per attempt; never the body (it names users) nor the secret. */
  private static void log(ClaimedDelivery d, AttemptOutcome o) {
    if (o.status() == DeliveryStatus.DELIVERED) {
      LOG.debug("webhook delivered id={} webhookId={} cloudId={} attempt={}", d.id(),
          d.webhookId(), d.cloudId(), d.attempt());
    } else if (o.status() == DeliveryStatus.PENDING) {
      LOG.info("webhook retry id={} webhookId={} cloudId={} attempt={} status={} error=\"{}\" "
          + "next={}", d.id(), d.webhookId(), d.cloudId(), d.attempt(), o.statusCode(),
          o.error(), o.nextAttemptAt().orElseThrow());
    } else {
      LOG.warn("webhook {} id={} webhookId={} cloudId={} attempt={} status={} error=\"{}\"",
          o.status().name().toLowerCase(java.util.Locale.ROOT), d.id(), d.webhookId(),
          d.cloudId(), d.attempt(), o.statusCode(), o.error());
    }
  }
}
