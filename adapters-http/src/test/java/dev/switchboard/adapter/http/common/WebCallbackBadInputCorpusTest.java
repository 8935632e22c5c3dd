package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.CallbackWiring.RecordingCallControl;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus against {@code /webcallback} (for an account that does not exist): every
 * case gets a 4xx with a message, never a 5xx, and no call is ever placed.
 */
@MicronautTest(transactional = false)
class WebCallbackBadInputCorpusTest {
  static final BadInputs.Endpoint WEBCALLBACK = new BadInputs.Endpoint("/webcallback",
      "targetNumber", "&username=nobody&password=pw", ",\"username\":\"nobody\",\"password\":\"pw\"",
      "<username>nobody</username><password>pw</password>", "response");
  /** Numbers the callback accepts (dialable digits; +1555 passes policy): refused as 403. */
  private static final Set<String> DIALABLE = Set.of("number without plus", "invalid +1555 number");
  @Inject EmbeddedServer server;
  @Inject MutableClock clock;
  @Inject RecordingCallControl calls;
  int placedBefore;

  @BeforeEach
  void refillLimits() {
    clock.advance(Duration.ofHours(25));
    placedBefore = calls.plans().size();
  }

  @AfterEach
  void nothingPlaced() {
    assertThat(calls.plans()).hasSize(placedBefore);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.switchboard.adapter.http.common.BadInputs#cases")
  void givenBadInput_webcallback_answers4xxWithJsonMessage(BadInputs.Case badInput) {
    Reply reply = badInput.send(new Wire(server), WEBCALLBACK, "Accept", "application/json");

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    int expected = DIALABLE.contains(badInput.name()) ? 403 : badInput.expectedStatus();
    if (expected > 0) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
    }
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.json().path("message").asText()).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "root:x:0:0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.switchboard.adapter.http.common.BadInputs#cases")
  void givenBadInputWithoutAccept_webcallback_answersInTheBodysFormatOrXml(BadInputs.Case badInput) {
    Reply reply = badInput.send(new Wire(server), WEBCALLBACK);

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    String type = badInput.contentType() == null ? "" : badInput.contentType();
    if (type.startsWith("application/json")) {
      assertThat(reply.contentType()).isEqualTo("application/json");
      assertThat(reply.json().path("message").asText()).isNotBlank();
    } else if (type.startsWith("application/x-www-form-urlencoded")) {
      assertThat(reply.contentType()).isEqualTo("application/x-www-form-urlencoded");
      assertThat(reply.form().get("message")).isNotBlank();
    } else {
      assertThat(reply.contentType()).isEqualTo("application/xml");
      assertThat(Reply.child(reply.xml(), "message")).isNotBlank();
    }
  }
}
