package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationRules;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rules for paid calls (web callback and call-through), {@code switchboard.call-policy.*}: the
 * destination policy, the credit check and tariff, and the nonce window of app-user
 * authentication.
 */
@ConfigurationProperties("switchboard.call-policy")
public class CallPolicyProperties {
  private List<Integer> allowedCountryCodes = new ArrayList<>();
  private List<Integer> deniedCountryCodes =
      new ArrayList<>(DestinationRules.DEFAULT.deniedCountryCodes().stream().sorted().toList());
  private List<String> allowedPrefixes = new ArrayList<>();
  private List<String> deniedPrefixes = new ArrayList<>();
  private List<String> deniedTypes =
      new ArrayList<>(DestinationRules.DEFAULT.deniedTypes().stream().sorted().toList());
  private boolean allowNonInternational = true;
  private List<String> deniedLocalPrefixes =
      new ArrayList<>(DestinationRules.DEFAULT.deniedLocalPrefixes());
  private BigDecimal pricePerMinute = CreditCheck.DEFAULT.pricePerMinute();
  private int minimumMinutes = CreditCheck.DEFAULT.minimumMinutes();
  private int billingIncrementSeconds = CreditCheck.DEFAULT.incrementSeconds();
  private Duration nonceWindow = Duration.ofHours(24);

  public DestinationRules toRules() {
    return new DestinationRules(Set.copyOf(allowedCountryCodes), Set.copyOf(deniedCountryCodes),
        allowedPrefixes, deniedPrefixes, Set.copyOf(deniedTypes), allowNonInternational,
        deniedLocalPrefixes);
  }

  public CreditCheck toCreditCheck() {
    return new CreditCheck(pricePerMinute, minimumMinutes, billingIncrementSeconds);
  }

  public List<Integer> getAllowedCountryCodes() {
    return allowedCountryCodes;
  }

  public void setAllowedCountryCodes(List<Integer> allowedCountryCodes) {
    this.allowedCountryCodes = allowedCountryCodes;
  }

  public List<Integer> getDeniedCountryCodes() {
    return deniedCountryCodes;
  }

  public void setDeniedCountryCodes(List<Integer> deniedCountryCodes) {
    this.deniedCountryCodes = deniedCountryCodes;
  }

  public List<String> getAllowedPrefixes() {
    return allowedPrefixes;
  }

  public void setAllowedPrefixes(List<String> allowedPrefixes) {
    this.allowedPrefixes = allowedPrefixes;
  }

  public List<String> getDeniedPrefixes() {
    return deniedPrefixes;
  }

  public void setDeniedPrefixes(List<String> deniedPrefixes) {
    this.deniedPrefixes = deniedPrefixes;
  }

  public List<String> getDeniedTypes() {
    return deniedTypes;
  }

  public void setDeniedTypes(List<String> deniedTypes) {
    this.deniedTypes = deniedTypes;
  }

  public boolean isAllowNonInternational() {
    return allowNonInternational;
  }

  public void setAllowNonInternational(boolean allowNonInternational) {
    this.allowNonInternational = allowNonInternational;
  }

  public List<String> getDeniedLocalPrefixes() {
    return deniedLocalPrefixes;
  }

  public void setDeniedLocalPrefixes(List<String> deniedLocalPrefixes) {
    this.deniedLocalPrefixes = deniedLocalPrefixes;
  }

  public BigDecimal getPricePerMinute() {
    return pricePerMinute;
  }

  public void setPricePerMinute(BigDecimal pricePerMinute) {
    this.pricePerMinute = pricePerMinute;
  }

  public int getMinimumMinutes() {
    return minimumMinutes;
  }

  public void setMinimumMinutes(int minimumMinutes) {
    this.minimumMinutes = minimumMinutes;
  }

  public int getBillingIncrementSeconds() {
    return billingIncrementSeconds;
  }

  public void setBillingIncrementSeconds(int billingIncrementSeconds) {
    this.billingIncrementSeconds = billingIncrementSeconds;
  }

  public Duration getNonceWindow() {
    return nonceWindow;
  }

  public void setNonceWindow(Duration nonceWindow) {
    this.nonceWindow = nonceWindow;
  }
}
