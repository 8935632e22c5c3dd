package dev.switchboard.bootstrap.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One app under {@code switchboard.apps.<name>}. Environment variables are lower-cased by the
 * time they become property names, so {@code cloud-id} keeps the Cloud ID's exact spelling.
 */
@EachProperty("switchboard.apps")
public class AppSettings {
  private final String name;
  private String cloudId;
  private String title;
  private String sipDomain;
  private String transport;
  private String networkId;
  private List<String> smsNumbers = new ArrayList<>();
  private String reprovisioningUrl;
  private Duration reprovisioningInterval;
  private boolean isolateNetworks;

  public AppSettings(@Parameter String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  @Nullable
  public String getCloudId() {
    return cloudId;
  }

  public void setCloudId(@Nullable String cloudId) {
    this.cloudId = cloudId;
  }

  @Nullable
  public String getTitle() {
    return title;
  }

  public void setTitle(@Nullable String title) {
    this.title = title;
  }

  @Nullable
  public String getSipDomain() {
    return sipDomain;
  }

  public void setSipDomain(@Nullable String sipDomain) {
    this.sipDomain = sipDomain;
  }

  @Nullable
  public String getTransport() {
    return transport;
  }

  public void setTransport(@Nullable String transport) {
    this.transport = transport;
  }

  @Nullable
  public String getNetworkId() {
    return networkId;
  }

  public void setNetworkId(@Nullable String networkId) {
    this.networkId = networkId;
  }

  /** Entries {@code carrier:number}, e.g. {@code sinch:1234567890}. */
  public List<String> getSmsNumbers() {
    return smsNumbers;
  }

  public void setSmsNumbers(List<String> smsNumbers) {
    this.smsNumbers = smsNumbers == null ? new ArrayList<>() : smsNumbers;
  }

  @Nullable
  public String getReprovisioningUrl() {
    return reprovisioningUrl;
  }

  public void setReprovisioningUrl(@Nullable String reprovisioningUrl) {
    this.reprovisioningUrl = reprovisioningUrl;
  }

  @Nullable
  public Duration getReprovisioningInterval() {
    return reprovisioningInterval;
  }

  public void setReprovisioningInterval(@Nullable Duration reprovisioningInterval) {
    this.reprovisioningInterval = reprovisioningInterval;
  }

  /** Smart Contacts match only users of the same Network ID. */
  public boolean isIsolateNetworks() {
    return isolateNetworks;
  }

  public void setIsolateNetworks(boolean isolateNetworks) {
    this.isolateNetworks = isolateNetworks;
  }
}
