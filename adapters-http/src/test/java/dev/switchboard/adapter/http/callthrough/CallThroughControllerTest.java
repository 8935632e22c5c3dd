package dev.switchboard.adapter.http.callthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.MutableClock;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
class CallThroughControllerTest {
  static final String PIN_ANSWER = "+15551231234,,%account[x-cth-pin]%#+12025550123#";
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;
  @Inject MutableClock clock;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    Johndow.create(accounts, "10");
    clock.advance(Duration.ofMinutes(5));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/callthrough?username=johndow&targetNumber=%2B12025550123",
      "/callthrough/?u=johndow&to=%2B12025550123",
      "/callthrough?u=johndow&to=+12025550123",
      "/callthrough/johndow/+12025550123",
      "/callthrough/johndow/%2B12025550123",
      "/callthrough/johndow/%2B1%20(202)%20555-0123"})
  void get_everyAliasAndThePathForm_answerTheDialString(String pathAndQuery) {
    Reply reply = wire.get(pathAndQuery);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(Reply.child(reply.xml(), "dialString")).isEqualTo(PIN_ANSWER);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "application/x-www-form-urlencoded | username=johndow&to=%2B12025550123",
      "                                  | u=johndow&targetNumber=%2B12025550123",
      "application/json                  | { \"username\" : \"johndow\", \"to\" : \"+12025550123\" }",
      "application/xml                   | <r><username>johndow</username><to>+12025550123</to></r>"})
  void post_formJsonXml_answerTheDialString(String contentType, String body) {
    Reply reply = wire.post("/callthrough/", contentType, body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(Reply.child(reply.xml(), "dialString")).isEqualTo(PIN_ANSWER);
  }

  @Test
  void accept_choosesJsonOrForm() {
    Reply json = wire.get("/callthrough/johndow/+12025550123", "Accept", "application/json");
    Reply form = wire.get("/callthrough/johndow/+12025550123", "Accept",
        "application/x-www-form-urlencoded");

    assertThat(json.contentType()).isEqualTo("application/json");
    assertThat(json.json().path("dialString").asText()).isEqualTo(PIN_ANSWER);
    assertThat(form.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(form.body()).isEqualTo(
        "dialString=%2B15551231234%2C%2C%25account%5Bx-cth-pin%5D%25%23%2B12025550123%23");
  }

  @Test
  void dtmfLess_twoPendingRequestsGetTwoAccessNumbers_thenThePoolIsExhausted() {
    Reply first = wire.get("/callthrough/johndow/+33142685300");
    Reply second = wire.get("/callthrough/johndow/+33142685301");
    Reply third = wire.get("/callthrough/johndow/+33142685302", "Accept", "application/json");

    assertThat(Reply.child(first.xml(), "dialString")).isEqualTo("+12025550100");
    assertThat(Reply.child(second.xml(), "dialString")).isEqualTo("+12025550101");
    assertThat(third.status()).as(third.toString()).isEqualTo(429);
    assertThat(third.json().path("message").asText()).contains("access numbers are busy");
  }

  @Test
  void unknownUser_is404WithMessage() {
    Reply reply = wire.get("/callthrough/nobody/12345678");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(Reply.child(reply.xml(), "message")).isEqualTo("No account found for username nobody.");
  }

  @Test
  void noRuleForTheTarget_is403WithMessage() {
    Reply reply = wire.get("/callthrough/johndow/1234567890123456789");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(Reply.child(reply.xml(), "message"))
        .isEqualTo("Call-through is not available for this number.");
  }

  @Test
  void passwordOrNonceAndHash_authenticate_wrongOnesAre403() {
    String nonce = "n-" + System.nanoTime();
    String hash = AuthenticateAppUserService.sha1Hex(nonce + Johndow.PASSWORD);

    Reply byPassword = wire.post("/callthrough", "application/json",
        "{\"username\":\"johndow\",\"password\":\"secretW0rd\",\"to\":\"12345678\"}");
    Reply byHash = wire.get("/callthrough/johndow/12345678?nonce=" + nonce + "&hash=" + hash);
    Reply replayed = wire.get("/callthrough/johndow/12345678?nonce=" + nonce + "&hash=" + hash);
    Reply wrong = wire.get("/callthrough?u=johndow&p=nope&to=12345678");

    assertThat(byPassword.status()).as(byPassword.toString()).isEqualTo(200);
    assertThat(byHash.status()).as(byHash.toString()).isEqualTo(200);
    assertThat(replayed.status()).isEqualTo(403);
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(Reply.child(wrong.xml(), "message")).isEqualTo("Wrong username or password.");
  }

  @Test
  void blockedDestination_is403WithThePolicysMessage() {
    Reply reply = wire.get("/callthrough/johndow/+88213000000");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(Reply.child(reply.xml(), "message")).contains("+882").contains("not allowed");
  }

  @Test
  void pathAndQueryDisagree_is400() {
    Reply reply = wire.get("/callthrough/johndow/12345678?username=other");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(Reply.child(reply.xml(), "message")).contains("disagrees");
  }
}
