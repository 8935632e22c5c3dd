package dev.switchboard.adapter.http.contact;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.RecordingSmsGateway;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code switchboard.http.max-sync-body-bytes} bounds what is read, also without a length. */
@MicronautTest(transactional = false)
@Property(name = "switchboard.http.max-sync-body-bytes", value = "4096")
class SyncBodyLimitTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;

  @Test
  void givenChunkedBodyOverTheConfiguredLimit_put_is413AfterReadingNoMore() {
    Wire wire = new Wire(server);
    String token = AppUser.signUp(wire, sms, aNumber(), "DEMO").token(wire);
    String contact = "{\"contactId\":\"c\",\"displayName\":\"" + "x".repeat(100) + "\"},";
    String body = "{\"contacts\":[" + contact.repeat(100) + "{\"contactId\":\"last\"}]}";

    Reply reply = wire.sendChunked("PUT", "/contacts/sync/phone", "application/json",
        body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(413);
    assertThat(reply.message()).isEqualTo("The request body is larger than 4 KiB.");
  }
}
