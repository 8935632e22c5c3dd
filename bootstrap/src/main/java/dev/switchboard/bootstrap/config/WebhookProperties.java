package dev.switchboard.bootstrap.config;

import dev.switchboard.application.service.webhook.WebhookSettings;
import dev.switchboard.domain.webhook.RetryPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The webhook delivery worker, under {@code switchboard.webhooks.*}. */
@ConfigurationProperties("switchboard.webhooks")
public class WebhookProperties {
  private boolean workerEnabled = true;
  private Duration pollInterval = Duration.ofSeconds(1);
  private int claimSize = 100;
  private int concurrency = 8;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration timeout = Duration.ofSeconds(10);
  private List<Duration> retrySchedule = new ArrayList<>(RetryPolicy.DEFAULT_SCHEDULE);

  /**
   * The claim outlives the slowest possible round (every request of the claim timing out, on
   * {@code concurrency} threads), so no two workers ever hold one delivery.
   */
  public WebhookSettings toSettings() {
    int threads = Math.max(1, concurrency);
    long waves = (Math.max(1, claimSize) + threads - 1) / threads;
    Duration perAttempt = connectTimeout.plus(timeout).plusSeconds(1);
    return new WebhookSettings(claimSize, perAttempt.multipliedBy(waves).plusSeconds(30),
        new RetryPolicy(retrySchedule));
  }

  public boolean isWorkerEnabled() {
    return workerEnabled;
  }

  public void setWorkerEnabled(boolean workerEnabled) {
    this.workerEnabled = workerEnabled;
  }

  public Duration getPollInterval() {
    return pollInterval;
  }

  public void setPollInterval(Duration pollInterval) {
    this.pollInterval = pollInterval;
  }

  public int getClaimSize() {
    return claimSize;
  }

  public void setClaimSize(int claimSize) {
    this.claimSize = claimSize;
  }

  public int getConcurrency() {
    return concurrency;
  }

  public void setConcurrency(int concurrency) {
    this.concurrency = concurrency;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getTimeout() {
    return timeout;
  }

  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  public List<Duration> getRetrySchedule() {
    return retrySchedule;
  }

  public void setRetrySchedule(List<Duration> retrySchedule) {
    this.retrySchedule = retrySchedule;
  }
}
