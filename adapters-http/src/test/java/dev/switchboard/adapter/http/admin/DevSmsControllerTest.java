package dev.switchboard.adapter.http.admin;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class DevSmsControllerTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;

  @Test
  void givenPinSentByLogAdapter_devSms_showsTextAndPin() {
    clock.advance(Duration.ofHours(25));
    Wire wire = new Wire(server);
    PhoneNumber number = aNumber();
    wire.get("/verify_number?number=" + number.e164());

    Reply reply = wire.get("/admin/dev/sms?number=" + number.e164(),
        "Authorization", "Bearer " + AdminAccountControllerTest.TOKEN);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.get("number").asText()).isEqualTo(number.e164());
    assertThat(body.get("pin").asText()).isEqualTo(sms.lastPinFor(number).orElseThrow());
    assertThat(body.get("text").asText()).contains(body.get("pin").asText());
    assertThat(Instant.parse(body.get("sentAt").asText())).isNotNull();
  }

  @Test
  void givenNoSmsToNumber_devSms_is404() {
    Reply reply = new Wire(server).get("/admin/dev/sms?number=" + aNumber().e164(),
        "Authorization", "Bearer " + AdminAccountControllerTest.TOKEN);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.message()).startsWith("No SMS was sent to +1202");
  }

  @Test
  void givenNoToken_devSms_is401() {
    assertThat(new Wire(server).get("/admin/dev/sms?number=" + aNumber().e164()).status())
        .isEqualTo(401);
  }
}
