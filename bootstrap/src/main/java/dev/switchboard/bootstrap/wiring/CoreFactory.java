package dev.switchboard.bootstrap.wiring;

import dev.switchboard.adapter.persistence.crypto.MasterKey;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.bootstrap.config.AppSettings;
import dev.switchboard.bootstrap.config.MasterKeys;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.bootstrap.config.SwitchboardSettings;
import dev.switchboard.bootstrap.config.VerificationProperties;
import dev.switchboard.domain.account.Credit;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

/** Infrastructure the use cases need: clock, randomness, limits, apps and the encryption key. */
@Factory
public class CoreFactory {

  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  SecureRandom secureRandom() {
    return new SecureRandom();
  }

  @Singleton
  RateLimiter rateLimiter() {
    return new InMemoryRateLimiter(100_000);
  }

  @Singleton
  VerificationSettings verificationSettings(VerificationProperties properties) {
    return properties.toSettings();
  }

  @Singleton
  ConfiguredApps apps(List<AppSettings> apps, SwitchboardSettings settings) {
    ConfiguredApps configured = new ConfiguredApps(apps, settings.isDevelopment());
    if (configured.all().isEmpty()) {
      throw new IllegalStateException("Production mode needs at least one app: set "
          + "switchboard.apps.<name>.sip-domain (e.g. SWITCHBOARD_APPS_ACME_SIP_DOMAIN=sip.acme.com "
          + "and SWITCHBOARD_APPS_ACME_CLOUD_ID=ACME).");
    }
    return configured;
  }

  @Singleton
  MasterKey masterKey(SwitchboardSettings settings) {
    return new MasterKey(MasterKeys.resolve(settings));
  }

  @Singleton
  Credit initialCredit(SwitchboardSettings settings) {
    return Credit.of(settings.getInitialCredit());
  }
}
