package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupModeTest {
  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  @TempDir
  Path dataDir;

  private Map<String, Object> base(String mode) {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.mode", mode);
    p.put("switchboard.data-dir", dataDir.toString());
    p.put("datasources.default.url", "jdbc:h2:mem:startup" + System.nanoTime()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    return p;
  }

  @Test
  void givenNoConfiguration_developmentMode_startsWithTheDemoAppAndAGeneratedKey() {
    try (ApplicationContext ctx = ApplicationContext.run(base("development"))) {
      ConfiguredApps apps = ctx.getBean(ConfiguredApps.class);
      assertThat(apps.find(ConfiguredApps.DEMO)).isPresent();
      assertThat(Files.exists(dataDir.resolve(MasterKeys.DEV_KEY_FILE))).isTrue();
    }
  }

  @Test
  void givenProductionWithoutKey_startIsRefusedWithWhatToSet() {
    Map<String, Object> p = base("production");
    p.put("switchboard.apps.acme.sip-domain", "sip.acme.example");
    assertThatThrownBy(() -> ApplicationContext.run(p).close())
        .hasStackTraceContaining("SWITCHBOARD_ENCRYPTION_KEY");
  }

  @Test
  void givenProductionWithoutApps_startIsRefused() {
    Map<String, Object> p = base("production");
    p.put("switchboard.encryption-key", KEY);
    assertThatThrownBy(() -> ApplicationContext.run(p).close())
        .hasStackTraceContaining("needs at least one app");
  }

  @Test
  void givenProductionWithKeyAndApps_startsWithoutTheDemoApp() {
    Map<String, Object> p = base("production");
    p.put("switchboard.encryption-key", KEY);
    p.put("switchboard.apps.acme.cloud-id", "ACME");
    p.put("switchboard.apps.acme.sip-domain", "sip.acme.example:5061");
    p.put("switchboard.apps.acme.sms-numbers", "sinch:1234567890");
    try (ApplicationContext ctx = ApplicationContext.run(p)) {
      ConfiguredApps apps = ctx.getBean(ConfiguredApps.class);
      assertThat(apps.find(ConfiguredApps.DEMO)).isEmpty();
      assertThat(apps.all()).singleElement().satisfies(app -> {
        assertThat(app.cloudId().value()).isEqualTo("ACME");
        assertThat(app.smsNumbers()).hasSize(1);
      });
      assertThat(Files.exists(dataDir.resolve(MasterKeys.DEV_KEY_FILE))).isFalse();
    }
  }

  @Test
  void givenMalformedKey_startIsRefused() {
    Map<String, Object> p = base("production");
    p.put("switchboard.encryption-key", "not-base64!");
    p.put("switchboard.apps.acme.sip-domain", "sip.acme.example");
    assertThatThrownBy(() -> ApplicationContext.run(p).close()).hasStackTraceContaining("Base64");
  }
}
