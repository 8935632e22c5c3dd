package dev.switchboard.bootstrap.config;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.domain.verification.VerificationPolicy;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Settings under {@code switchboard.verification.*}; defaults are {@link VerificationSettings#DEFAULT}. */
@ConfigurationProperties("switchboard.verification")
public class VerificationProperties {
  private static final VerificationSettings D = VerificationSettings.DEFAULT;
  private Duration pinLifetime = D.policy().pinLifetime();
  private List<Duration> resendSchedule = new ArrayList<>(D.policy().resendSchedule());
  private int dailyCap = D.policy().dailyCap();
  private int maxWrongTries = D.policy().maxWrongTries();
  private String smsTemplate = D.smsTemplate();
  private int clientLimit = D.perClient().permits();
  private Duration clientLimitPeriod = D.perClient().period();
  private int clientFailureLimit = D.failuresPerClient().permits();
  private Duration clientFailureLimitPeriod = D.failuresPerClient().period();

  public VerificationSettings toSettings() {
    return new VerificationSettings(
        new VerificationPolicy(pinLifetime, resendSchedule, dailyCap, maxWrongTries),
        smsTemplate,
        new RateLimit(clientLimit, clientLimitPeriod),
        new RateLimit(clientFailureLimit, clientFailureLimitPeriod));
  }

  public Duration getPinLifetime() {
    return pinLifetime;
  }

  public void setPinLifetime(Duration pinLifetime) {
    this.pinLifetime = pinLifetime;
  }

  public List<Duration> getResendSchedule() {
    return resendSchedule;
  }

  public void setResendSchedule(List<Duration> resendSchedule) {
    this.resendSchedule = resendSchedule;
  }

  public int getDailyCap() {
    return dailyCap;
  }

  public void setDailyCap(int dailyCap) {
    this.dailyCap = dailyCap;
  }

  public int getMaxWrongTries() {
    return maxWrongTries;
  }

  public void setMaxWrongTries(int maxWrongTries) {
    this.maxWrongTries = maxWrongTries;
  }

  public String getSmsTemplate() {
    return smsTemplate;
  }

  public void setSmsTemplate(String smsTemplate) {
    this.smsTemplate = smsTemplate;
  }

  public int getClientLimit() {
    return clientLimit;
  }

  public void setClientLimit(int clientLimit) {
    this.clientLimit = clientLimit;
  }

  public Duration getClientLimitPeriod() {
    return clientLimitPeriod;
  }

  public void setClientLimitPeriod(Duration clientLimitPeriod) {
    this.clientLimitPeriod = clientLimitPeriod;
  }

  public int getClientFailureLimit() {
    return clientFailureLimit;
  }

  public void setClientFailureLimit(int clientFailureLimit) {
    this.clientFailureLimit = clientFailureLimit;
  }

  public Duration getClientFailureLimitPeriod() {
    return clientFailureLimitPeriod;
  }

  public void setClientFailureLimitPeriod(Duration clientFailureLimitPeriod) {
    this.clientFailureLimitPeriod = clientFailureLimitPeriod;
  }
}
