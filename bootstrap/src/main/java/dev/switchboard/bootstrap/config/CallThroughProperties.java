package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.callthrough.Reservation;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * Web call-through, {@code switchboard.callthrough.*} (the rules themselves are
 * {@link DialRuleProperties}): reservation window, whether credentials are required, the default
 * answer format, and SIP routing of DTMF-less calls.
 */
@ConfigurationProperties("switchboard.callthrough")
public class CallThroughProperties {
  private Duration reservationWindow = Reservation.DEFAULT_WINDOW;
  private boolean requireCredentials;
  private String responseFormat = "xml";
  private String trunkUri = "";
  private String sipMode = "redirect";
  private Duration accountCacheTtl = Duration.ofSeconds(2);
  private long accountCacheSize = 100_000;
  private String trunkUsername = "";
  private String trunkPassword = "";
  private Duration noAnswerTimeout = Duration.ofSeconds(60);
  private Duration maxCallDuration = Duration.ofHours(4);

  public Duration getReservationWindow() {
    return reservationWindow;
  }

  public void setReservationWindow(Duration reservationWindow) {
    this.reservationWindow = reservationWindow;
  }

  public boolean isRequireCredentials() {
    return requireCredentials;
  }

  public void setRequireCredentials(boolean requireCredentials) {
    this.requireCredentials = requireCredentials;
  }

  public String getResponseFormat() {
    return responseFormat;
  }

  public void setResponseFormat(String responseFormat) {
    this.responseFormat = responseFormat;
  }

  /** {@code switchboard.callthrough.trunk-uri}: e.g. {@code sip:%targetNumber%@trunk.example.com}. */
  public String getTrunkUri() {
    return trunkUri;
  }

  public void setTrunkUri(String trunkUri) {
    this.trunkUri = trunkUri;
  }

  /**
   * {@code switchboard.callthrough.sip-mode}: {@code redirect} (302, the default) or {@code
   * b2bua} (Switchboard calls the trunk itself and stays in the call).
   */
  public String getSipMode() {
    return sipMode;
  }

  public void setSipMode(String sipMode) {
    this.sipMode = sipMode;
  }

  /**
   * {@code switchboard.callthrough.account-cache-ttl}: how long an account read for a dial string
   * may answer later requests without credentials from memory (0s = never).
   */
  public Duration getAccountCacheTtl() {
    return accountCacheTtl;
  }

  public void setAccountCacheTtl(Duration accountCacheTtl) {
    this.accountCacheTtl = accountCacheTtl;
  }

  /** {@code switchboard.callthrough.account-cache-size}: at most this many accounts in memory. */
  public long getAccountCacheSize() {
    return accountCacheSize;
  }

  public void setAccountCacheSize(long accountCacheSize) {
    this.accountCacheSize = accountCacheSize;
  }

  /** {@code switchboard.callthrough.trunk-username}: b2bua digest username (empty: none). */
  public String getTrunkUsername() {
    return trunkUsername;
  }

  public void setTrunkUsername(String trunkUsername) {
    this.trunkUsername = trunkUsername;
  }

  /** {@code switchboard.callthrough.trunk-password}: b2bua digest password. */
  public String getTrunkPassword() {
    return trunkPassword;
  }

  public void setTrunkPassword(String trunkPassword) {
    this.trunkPassword = trunkPassword;
  }

  /** {@code switchboard.callthrough.no-answer-timeout}: b2bua, the trunk must answer by then. */
  public Duration getNoAnswerTimeout() {
    return noAnswerTimeout;
  }

  public void setNoAnswerTimeout(Duration noAnswerTimeout) {
    this.noAnswerTimeout = noAnswerTimeout;
  }

  /** {@code switchboard.callthrough.max-call-duration}: b2bua, longest bridged call. */
  public Duration getMaxCallDuration() {
    return maxCallDuration;
  }

  public void setMaxCallDuration(Duration maxCallDuration) {
    this.maxCallDuration = maxCallDuration;
  }
}
