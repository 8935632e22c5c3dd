package dev.switchboard.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Wire;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "switchboard.mode", value = "production")
class DevSmsProductionTest {
  @Inject EmbeddedServer server;

  @Test
  void givenProductionMode_devSms_doesNotExistButAdminDoes() {
    Wire wire = new Wire(server);
    String auth = "Bearer " + AdminAccountControllerTest.TOKEN;

    assertThat(wire.get("/admin/dev/sms?number=%2B12025550123", "Authorization", auth).status())
        .isEqualTo(404);
    assertThat(wire.get("/admin/accounts?username=nobody", "Authorization", auth).status())
        .isEqualTo(404);
    assertThat(wire.get("/admin/accounts?username=nobody", "Authorization", auth).message())
        .isEqualTo("No account found for username nobody.");
  }
}
