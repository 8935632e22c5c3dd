package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad webhook template stops the whole service at start-up, naming the property. */
class WebhookStartupTest {
  @TempDir
  Path dataDir;

  private Map<String, Object> app(String template, String contentType) {
    Map<String, Object> p = new HashMap<>();
    p.put("micronaut.server.port", -1);
    p.put("switchboard.data-dir", dataDir.toString());
    p.put("switchboard.apps.acme.cloud-id", "ACME");
    p.put("switchboard.apps.acme.sip-domain", "sip.acme.example");
    p.put("switchboard.apps.acme.smart-contact-notification-url", "https://hooks.acme.example/");
    p.put("switchboard.apps.acme.smart-contact-notification-post-data", template);
    p.put("switchboard.apps.acme.smart-contact-notification-content-type", contentType);
    return p;
  }

  @Test
  void givenAnUnknownPlaceholder_theServiceDoesNotStart() {
    assertThatThrownBy(() -> ApplicationContext.run(
        app("{\"who\":\"%user%\"}", "application/json")).close())
        .hasStackTraceContaining("Invalid webhook configuration "
            + "switchboard.apps.acme.smart-contact-notification-post-data: Unknown placeholder "
            + "'%user%'");
  }

  @Test
  void givenXmlThatIsNotWellFormed_theServiceDoesNotStart() {
    assertThatThrownBy(() -> ApplicationContext.run(
        app("<root><n>%new_smart_number%</root>", "application/xml")).close())
        .hasStackTraceContaining("not well-formed XML");
  }
}
