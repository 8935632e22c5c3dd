package dev.switchboard.bootstrap.wiring;

import dev.switchboard.adapter.persistence.crypto.MasterKey;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.bootstrap.config.SwitchboardSettings;
import dev.switchboard.domain.tenant.App;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the configuration eagerly at start-up (apps, encryption key) and logs what this instance
 * serves; a bad configuration stops the start with a message that says what to set.
 */
@Context
public class StartupReport {
  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  StartupReport(SwitchboardSettings settings, ConfiguredApps apps, MasterKey key,
      @Value("${switchboard.sms.adapter:log}") String smsAdapter,
      @Value("${datasources.default.url:}") String databaseUrl) {
    if (!settings.isDevelopment() && "log".equals(smsAdapter)) {
      LOG.warn("Production mode with the log SMS adapter: PINs are not delivered to phones. "
          + "Set SWITCHBOARD_SMS_ADAPTER=http and the switchboard.sms.http.* settings.");
    }
    LOG.info("Switchboard starting: mode={} database={} sms={} apps={}", settings.getMode(),
        databaseUrl.replaceAll("password=[^;&]*", "password=***"), smsAdapter,
        apps.all().stream().map(App::cloudId).toList());
  }
}
