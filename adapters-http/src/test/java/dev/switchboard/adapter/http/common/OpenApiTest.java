package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The OpenAPI spec and Swagger UI are generated at build time and served from the jar. */
@MicronautTest(transactional = false)
class OpenApiTest {
  @Inject EmbeddedServer server;

  @Test
  void givenStaticResourceMapping_spec_listsTheServices() {
    Reply spec = new Wire(server).get("/swagger/switchboard-0.1.yml");

    assertThat(spec.status()).isEqualTo(200);
    assertThat(spec.body()).contains("openapi: 3.", "  /provisioning:", "  /verify_number:",
        "  /admin/accounts:", "  /ext_auth:", "  /sso/token:", "  /sso/revoke:",
        "  /contacts:", "  /contacts/sync/{device}:", "  /smart/entries:",
        "  /smart/contacts/{device}:", "access_token", "scheme: bearer", "scheme: basic")
        .doesNotContain("/admin/dev/sms", "/boom");
  }

  @Test
  void givenStaticResourceMapping_swaggerUi_isServedWithLocalResources() {
    Wire wire = new Wire(server);
    Reply index = wire.get("/swagger-ui/index.html");

    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("/swagger-ui/res/swagger-ui-bundle.js",
        "/swagger/switchboard-0.1.yml").doesNotContain("unpkg.com", "cdn.jsdelivr", "cdnjs");
    assertThat(wire.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
  }
}
