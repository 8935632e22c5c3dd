package dev.switchboard.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
@Property(name = "switchboard.admin.token", value = "  ")
class AdminDisabledTest {
  @Inject EmbeddedServer server;

  @ParameterizedTest
  @ValueSource(strings = {"/admin", "/admin/accounts?username=abc", "/admin/dev/sms?number=x",
      "/admin/anything"})
  void givenBlankToken_everyAdminPath_is404(String path) {
    Reply reply = new Wire(server).get(path, "Authorization", "Bearer   ");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.message()).isEqualTo("There is nothing at this address.");
  }
}
