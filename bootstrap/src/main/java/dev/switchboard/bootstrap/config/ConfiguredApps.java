package dev.switchboard.bootstrap.config;

import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import dev.switchboard.domain.tenant.Reprovisioning;
import dev.switchboard.domain.tenant.SmsNumber;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The apps of {@code switchboard.apps.*}; in development mode, a demo app when none is set. */
public final class ConfiguredApps implements Apps {
  public static final CloudId DEMO = new CloudId("DEMO");
  private final Map<CloudId, App> apps = new LinkedHashMap<>();

  public ConfiguredApps(Collection<AppSettings> settings, boolean development) {
    for (AppSettings s : settings) {
      App app = toApp(s);
      if (apps.putIfAbsent(app.cloudId(), app) != null) {
        throw new IllegalStateException("Cloud ID " + app.cloudId() + " is configured twice");
      }
    }
    if (apps.isEmpty() && development) {
      apps.put(DEMO, App.of(DEMO, "Switchboard Demo", new SipDomain("sip.switchboard.test")));
    }
  }

  @Override
  public Optional<App> find(CloudId cloudId) {
    return Optional.ofNullable(apps.get(cloudId));
  }

  public List<App> all() {
    return List.copyOf(apps.values());
  }

  static App toApp(AppSettings s) {
    String where = "switchboard.apps." + s.getName();
    try {
      CloudId cloudId = new CloudId(s.getCloudId() == null ? s.getName() : s.getCloudId());
      require(s.getSipDomain(), where + ".sip-domain");
      NetworkId network = s.getNetworkId() == null ? NetworkId.of(cloudId) : new NetworkId(s.getNetworkId());
      List<SmsNumber> sms = s.getSmsNumbers().stream().map(ConfiguredApps::smsNumber).toList();
      Optional<Reprovisioning> reprovisioning = Optional.ofNullable(s.getReprovisioningUrl())
          .map(url -> new Reprovisioning(url, Optional.ofNullable(s.getReprovisioningInterval())
              .orElse(Duration.ofDays(1))));
      String title = s.getTitle() == null ? cloudId.value() : s.getTitle();
      return new App(cloudId, title, new SipDomain(s.getSipDomain()), s.getTransport(), network, sms,
          reprovisioning, s.isIsolateNetworks());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Invalid app configuration " + where + ": " + e.getMessage(), e);
    }
  }

  private static SmsNumber smsNumber(String entry) {
    int colon = entry.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("SMS number '" + entry + "' must be carrier:number");
    }
    return new SmsNumber(entry.substring(0, colon).strip(), entry.substring(colon + 1).strip());
  }

  private static void require(String value, String property) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(property + " is required");
    }
  }
}
