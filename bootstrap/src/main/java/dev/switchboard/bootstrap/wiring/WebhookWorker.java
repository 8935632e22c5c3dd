package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.webhook.DeliverWebhooksUseCase;
import dev.switchboard.application.port.in.webhook.DeliveryRound;
import dev.switchboard.application.port.out.webhook.DeliveryWakeUp;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's webhook delivery worker: one thread that runs delivery rounds while rounds
 * come back full, then sleeps for the poll interval or until woken (a smart entry of this
 * instance queued deliveries). Other instances on the same database run their own.
 */
public final class WebhookWorker implements DeliveryWakeUp, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
  private final DeliverWebhooksUseCase deliver;
  private final Duration pollInterval;
  private final int claimSize;
  private final Object signal = new Object();
  private final Thread thread;
  private boolean woken;
  private volatile boolean running = true;

  public WebhookWorker(DeliverWebhooksUseCase deliver, Duration pollInterval, int claimSize,
      boolean enabled) {
    this.deliver = deliver;
    this.pollInterval = pollInterval;
    this.claimSize = claimSize;
    this.thread = new Thread(this::run, "webhook-worker");
    thread.setDaemon(true);
    if (enabled) {
      thread.start();
      LOG.info("Webhook worker started: poll every {} ms, up to {} deliveries per round",
          pollInterval.toMillis(), claimSize);
    } else {
      LOG.info("Webhook worker disabled on this instance (switchboard.webhooks.worker-enabled)");
    }
  }

  @Override
  public void wake() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  private void run() {
    int failures = 0;
    while (running) {
      DeliveryRound round;
      try {
        round = deliver.deliverDue();
        failures = 0;
      } catch (RuntimeException e) {
        failures++;
        LOG.warn("Webhook delivery round failed ({} in a row): {}", failures, e.toString());
        round = DeliveryRound.NONE;
      }
      if (round.claimed() > 0) {
        LOG.debug("Webhook round: claimed={} delivered={} retrying={} failed={} rejected={}",
            round.claimed(), round.delivered(), round.retrying(), round.failed(),
            round.rejected());
      }
      if (round.claimed() < claimSize || failures > 0) {
        pause(failures > 0 ? pollInterval.multipliedBy(Math.min(failures, 30)) : pollInterval);
      }
    }
  }

  private void pause(Duration wait) {
    synchronized (signal) {
      try {
        if (!woken && running) {
          signal.wait(Math.max(1, wait.toMillis()));
        }
      } catch (InterruptedException e) {
        running = false;
        Thread.currentThread().interrupt();
      }
      woken = false;
    }
  }

  @Override
  public void close() {
    running = false;
    wake();
    try {
      thread.join(15_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
