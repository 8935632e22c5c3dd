package dev.switchboard.bootstrap.config;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.service.callback.CallbackSettings;
import dev.switchboard.domain.call.LegRole;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.Locale;

/**
 * Settings of web callback ({@code switchboard.callback.*}); the trunk settings under the same
 * prefix are read by the SIP adapter (see README).
 */
@ConfigurationProperties("switchboard.callback")
public class CallbackProperties {
  private int perAccountLimit = CallbackSettings.DEFAULT.perAccount().permits();
  private Duration perAccountPeriod = CallbackSettings.DEFAULT.perAccount().period();
  private int maxConcurrentPerAccount = CallbackSettings.DEFAULT.maxConcurrentPerAccount();
  private String firstLeg = "destination";
  private String destinationCallerId = CallbackSettings.DEFAULT.destinationCallerId();
  private String callbackCallerId = CallbackSettings.DEFAULT.callbackCallerId();
  private String webhookUrl = "";
  private Duration webhookTimeout = Duration.ofSeconds(3);

  public CallbackSettings toSettings() {
    return new CallbackSettings(new RateLimit(perAccountLimit, perAccountPeriod),
        maxConcurrentPerAccount, LegRole.valueOf(firstLeg.strip().toUpperCase(Locale.ROOT)),
        destinationCallerId, callbackCallerId);
  }

  public int getPerAccountLimit() {
    return perAccountLimit;
  }

  public void setPerAccountLimit(int perAccountLimit) {
    this.perAccountLimit = perAccountLimit;
  }

  public Duration getPerAccountPeriod() {
    return perAccountPeriod;
  }

  public void setPerAccountPeriod(Duration perAccountPeriod) {
    this.perAccountPeriod = perAccountPeriod;
  }

  public int getMaxConcurrentPerAccount() {
    return maxConcurrentPerAccount;
  }

  public void setMaxConcurrentPerAccount(int maxConcurrentPerAccount) {
    this.maxConcurrentPerAccount = maxConcurrentPerAccount;
  }

  public String getFirstLeg() {
    return firstLeg;
  }

  public void setFirstLeg(String firstLeg) {
    this.firstLeg = firstLeg;
  }

  public String getDestinationCallerId() {
    return destinationCallerId;
  }

  public void setDestinationCallerId(String destinationCallerId) {
    this.destinationCallerId = destinationCallerId;
  }

  public String getCallbackCallerId() {
    return callbackCallerId;
  }

  public void setCallbackCallerId(String callbackCallerId) {
    this.callbackCallerId = callbackCallerId;
  }

  public String getWebhookUrl() {
    return webhookUrl;
  }

  public void setWebhookUrl(String webhookUrl) {
    this.webhookUrl = webhookUrl;
  }

  public Duration getWebhookTimeout() {
    return webhookTimeout;
  }

  public void setWebhookTimeout(Duration webhookTimeout) {
    this.webhookTimeout = webhookTimeout;
  }
}
