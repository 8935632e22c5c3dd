package dev.switchboard.bootstrap.config;

import dev.switchboard.application.service.housekeeping.RetentionPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Retention and the housekeeping job, under {@code switchboard.housekeeping.*} (environment:
 * {@code SWITCHBOARD_HOUSEKEEPING_*}).
 */
@ConfigurationProperties("switchboard.housekeeping")
public class HousekeepingProperties {
  private static final RetentionPolicy DEFAULT = RetentionPolicy.DEFAULT;
  private boolean enabled = true;
  private Duration interval = Duration.ofMinutes(10);
  private Duration initialDelay = Duration.ofMinutes(1);
  private Duration deliveredWebhooks = DEFAULT.deliveredWebhooks();
  private Duration failedWebhooks = DEFAULT.failedWebhooks();
  private Duration callRecords = DEFAULT.callRecords();
  private Duration expiredMargin = DEFAULT.expiredMargin();
  private Duration reservations = DEFAULT.reservations();
  private int batchSize = DEFAULT.batchSize();
  private int maxBatches = DEFAULT.maxBatches();

  /** @throws IllegalArgumentException a negative retention or a batch size out of range */
  public RetentionPolicy toPolicy() {
    return new RetentionPolicy(deliveredWebhooks, failedWebhooks, callRecords, expiredMargin,
        reservations, batchSize, maxBatches);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public Duration getInterval() {
    return interval;
  }

  public void setInterval(Duration interval) {
    this.interval = interval;
  }

  public Duration getInitialDelay() {
    return initialDelay;
  }

  public void setInitialDelay(Duration initialDelay) {
    this.initialDelay = initialDelay;
  }

  public Duration getDeliveredWebhooks() {
    return deliveredWebhooks;
  }

  public void setDeliveredWebhooks(Duration deliveredWebhooks) {
    this.deliveredWebhooks = deliveredWebhooks;
  }

  public Duration getFailedWebhooks() {
    return failedWebhooks;
  }

  public void setFailedWebhooks(Duration failedWebhooks) {
    this.failedWebhooks = failedWebhooks;
  }

  public Duration getCallRecords() {
    return callRecords;
  }

  public void setCallRecords(Duration callRecords) {
    this.callRecords = callRecords;
  }

  public Duration getExpiredMargin() {
    return expiredMargin;
  }

  public void setExpiredMargin(Duration expiredMargin) {
    this.expiredMargin = expiredMargin;
  }

  public Duration getReservations() {
    return reservations;
  }

  public void setReservations(Duration reservations) {
    this.reservations = reservations;
  }

  public int getBatchSize() {
    return batchSize;
  }

  public void setBatchSize(int batchSize) {
    this.batchSize = batchSize;
  }

  public int getMaxBatches() {
    return maxBatches;
  }

  public void setMaxBatches(int maxBatches) {
    this.maxBatches = maxBatches;
  }
}
