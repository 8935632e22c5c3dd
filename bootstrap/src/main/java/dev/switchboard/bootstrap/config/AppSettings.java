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
  private String smartContactNotificationUrl;
  private String smartContactNotificationPostData;
  private String smartContactNotificationContentType;
  private String smartContactNotificationSecret;
  private Integer smartContactNotificationBatchSize;

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

  /** New-smart-contact webhook URL; no webhook when unset. */
  @Nullable
  public String getSmartContactNotificationUrl() {
    return smartContactNotificationUrl;
  }

  public void setSmartContactNotificationUrl(@Nullable String smartContactNotificationUrl) {
    this.smartContactNotificationUrl = smartContactNotificationUrl;
  }

  /** The body template ({@code %new_smart_number%}, … {@code %interestedParties%}). */
  @Nullable
  public String getSmartContactNotificationPostData() {
    return smartContactNotificationPostData;
  }

  public void setSmartContactNotificationPostData(@Nullable String postData) {
    this.smartContactNotificationPostData = postData;
  }

  /** {@code application/json} (default) or {@code application/xml}. */
  @Nullable
  public String getSmartContactNotificationContentType() {
    return smartContactNotificationContentType;
  }

  public void setSmartContactNotificationContentType(@Nullable String contentType) {
    this.smartContactNotificationContentType = contentType;
  }

  /** Standard Webhooks signing secret {@code whsec_<base64>}; unsigned when unset. */
  @Nullable
  public String getSmartContactNotificationSecret() {
    return smartContactNotificationSecret;
  }

  public void setSmartContactNotificationSecret(@Nullable String secret) {
    this.smartContactNotificationSecret = secret;
  }

  /** Most interested parties per request (default 1000). */
  @Nullable
  public Integer getSmartContactNotificationBatchSize() {
    return smartContactNotificationBatchSize;
  }

  public void setSmartContactNotificationBatchSize(@Nullable Integer batchSize) {
    this.smartContactNotificationBatchSize = batchSize;
  }
}
