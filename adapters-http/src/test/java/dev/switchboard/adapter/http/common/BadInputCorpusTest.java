package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Hostile and broken input against both app-facing services: every case must get a 4xx with a
 * non-empty message in the service's error shape, never a 5xx and never a stack trace.
 */
@MicronautTest(transactional = false)
class BadInputCorpusTest {
  @Inject EmbeddedServer server;
  @Inject MutableClock clock;

  @BeforeEach
  void refillLimits() {
    clock.advance(Duration.ofHours(25));
  }

  static Stream<Arguments> corpus() {
    return BadInputs.CASES.stream().flatMap(c -> Stream.of(
        Arguments.of(BadInputs.VERIFY, c), Arguments.of(BadInputs.PROVISIONING, c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("corpus")
  void givenBadInput_service_answers4xxWithMessage(BadInputs.Endpoint endpoint,
      BadInputs.Case badInput) {
    Reply reply = badInput.send(new Wire(server), endpoint);

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    if (badInput.expectedStatus() > 0) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(badInput.expectedStatus());
    }
    assertThat(reply.contentType()).isEqualTo("application/xml");
    Element root = reply.xml();
    assertThat(root.getTagName()).isEqualTo(endpoint.errorRoot());
    assertThat(Reply.child(root, "message")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "root:x:0:0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.switchboard.adapter.http.common.BadInputs#cases")
  void givenBadInputAndAcceptJson_verify_answersJsonMessage(BadInputs.Case badInput) {
    Reply reply = badInput.send(new Wire(server), BadInputs.VERIFY, "Accept", "application/json");

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.json().path("message").asText()).isNotBlank();
  }
}
