package dev.switchboard.bootstrap.config;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.contact.ContactSettings;
import dev.switchboard.domain.contact.DiscoveryBudget;
import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/** Settings of authentication, SSO tokens and contact sync ({@code switchboard.smart-contacts.*}). */
@ConfigurationProperties("switchboard.smart-contacts")
public class SmartContactsProperties {
  private Duration tokenLifetime = AuthSettings.DEFAULT.tokenLifetime();
  private int authFailuresPerUsername = AuthSettings.DEFAULT.failuresPerUsername().permits();
  private Duration authFailuresPerUsernamePeriod = AuthSettings.DEFAULT.failuresPerUsername().period();
  private int authFailuresPerClient = AuthSettings.DEFAULT.failuresPerClient().permits();
  private Duration authFailuresPerClientPeriod = AuthSettings.DEFAULT.failuresPerClient().period();
  private int maxContactsPerBook = ContactSettings.DEFAULT.maxContactsPerBook();
  private int discoveryCapacity = DiscoveryBudget.Policy.DEFAULT.capacity();
  private int discoveryRefillPerHour = DiscoveryBudget.Policy.DEFAULT.refillPerHour();

  public AuthSettings toAuthSettings() {
    return new AuthSettings(new RateLimit(authFailuresPerUsername, authFailuresPerUsernamePeriod),
        new RateLimit(authFailuresPerClient, authFailuresPerClientPeriod), tokenLifetime);
  }

  public ContactSettings toContactSettings() {
    return new ContactSettings(maxContactsPerBook,
        new DiscoveryBudget.Policy(discoveryCapacity, discoveryRefillPerHour));
  }

  public Duration getTokenLifetime() {
    return tokenLifetime;
  }

  public void setTokenLifetime(Duration tokenLifetime) {
    this.tokenLifetime = tokenLifetime;
  }

  public int getAuthFailuresPerUsername() {
    return authFailuresPerUsername;
  }

  public void setAuthFailuresPerUsername(int authFailuresPerUsername) {
    this.authFailuresPerUsername = authFailuresPerUsername;
  }

  public Duration getAuthFailuresPerUsernamePeriod() {
    return authFailuresPerUsernamePeriod;
  }

  public void setAuthFailuresPerUsernamePeriod(Duration authFailuresPerUsernamePeriod) {
    this.authFailuresPerUsernamePeriod = authFailuresPerUsernamePeriod;
  }

  public int getAuthFailuresPerClient() {
    return authFailuresPerClient;
  }

  public void setAuthFailuresPerClient(int authFailuresPerClient) {
    this.authFailuresPerClient = authFailuresPerClient;
  }

  public Duration getAuthFailuresPerClientPeriod() {
    return authFailuresPerClientPeriod;
  }

  public void setAuthFailuresPerClientPeriod(Duration authFailuresPerClientPeriod) {
    this.authFailuresPerClientPeriod = authFailuresPerClientPeriod;
  }

  public int getMaxContactsPerBook() {
    return maxContactsPerBook;
  }

  public void setMaxContactsPerBook(int maxContactsPerBook) {
    this.maxContactsPerBook = maxContactsPerBook;
  }

  public int getDiscoveryCapacity() {
    return discoveryCapacity;
  }

  public void setDiscoveryCapacity(int discoveryCapacity) {
    this.discoveryCapacity = discoveryCapacity;
  }

  public int getDiscoveryRefillPerHour() {
    return discoveryRefillPerHour;
  }

  public void setDiscoveryRefillPerHour(int discoveryRefillPerHour) {
    this.discoveryRefillPerHour = discoveryRefillPerHour;
  }
}
