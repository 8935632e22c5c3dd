package dev.switchboard.adapter.http.common;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.common.ApiCorpus.Case;
import dev.switchboard.adapter.http.common.ApiCorpus.Ctx;
import dev.switchboard.adapter.http.common.ApiCorpus.Errors;
import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/**
 * Hostile and broken input against External Authentication, SSO, contact sync, Smart Contacts
 * and the messaging contact source: every case gets a 4xx with a non-empty message in the
 * endpoint's error format, never a 5xx and never a stack trace.
 */
@MicronautTest(transactional = false)
class ApiBadInputCorpusTest {
  private static AppUser user;
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  Wire wire;
  Ctx ctx;

  @BeforeEach
  void signIn() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
    if (user == null) {
      user = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    }
    ctx = new Ctx(user, user.token(wire));
  }

  static Stream<Case> corpus() {
    return Stream.of(ParamBadInputs.cases(), AuthBadInputs.cases(), SyncBadInputs.cases())
        .flatMap(java.util.List::stream);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void givenBadInput_endpoint_answers4xxWithMessage(Case badInput) {
    Reply reply = badInput.request().apply(ctx).send(wire);

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    if (badInput.status() > 0) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(badInput.status());
    }
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "root:x:0:0", "dev.switchboard");
    if (badInput.errors() == Errors.XML_RESPONSE) {
      assertThat(reply.contentType()).isEqualTo("application/xml");
      Element root = reply.xml();
      assertThat(root.getTagName()).isEqualTo("response");
      assertThat(Reply.child(root, "message")).isNotBlank();
    } else {
      assertThat(reply.contentType()).as(reply.toString()).isEqualTo("application/json");
      assertThat(reply.json().path("message").asText()).isNotBlank();
    }
    if (badInput.errors() == Errors.OAUTH) {
      assertThat(reply.json().path("error").asText())
          .isIn("invalid_request", "invalid_grant", "temporarily_unavailable");
    }
  }
}
