package dev.switchboard.adapter.http.verification;

import static dev.switchboard.adapter.http.support.Reply.child;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

@MicronautTest(transactional = false)
class VerifyNumberControllerTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
  }

  @AfterEach
  void gatewayUp() {
    sms.failing(false);
  }

  @Test
  void givenRawPlusInQuery_verify_sendsPinAndAnswersXml() {
    PhoneNumber number = aNumber();

    Reply reply = wire.get("/verify_number?number=" + number.e164() + "&appid=demo&version=1.2.3",
        "User-Agent", "CloudSoftphone/1.2.3");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    Element root = reply.xml();
    assertThat(root.getTagName()).isEqualTo("response");
    assertThat(child(root, "message")).isEqualTo("A verification code was sent.");
    assertThat(Instant.parse(child(root, "expiresAt")))
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
    assertThat(sms.lastPinFor(number)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/verify_number/?number=", "/verify_number?phoneNumber=",
      "/verify_number?number=%2B"})
  void givenTrailingSlashAliasOrEncodedPlus_verify_sendsPin(String prefix) {
    PhoneNumber number = aNumber();
    String digits = prefix.endsWith("%2B") ? number.e164().substring(1) : number.e164();

    Reply reply = wire.get(prefix + digits);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(sms.lastPinFor(number)).isPresent();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "                                  | number=%2B{n}&appid=x",
      "application/x-www-form-urlencoded | number=+{n}",
      "application/json                  | {\"number\":\"+{n}\",\"appid\":\"x\"}",
      "application/json; charset=UTF-8   | {\"phoneNumber\":\"+{n}\"}",
      "application/xml                   | <r><number>+{n}</number><appid>x</appid></r>",
      "text/xml                          | <?xml version=\"1.0\"?><r><number> +{n} </number></r>"})
  void givenBodyInEachFormat_verify_sendsPin(String contentType, String template) {
    PhoneNumber number = aNumber();

    Reply reply = wire.post("/verify_number", contentType,
        template.replace("{n}", number.e164().substring(1)));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(sms.lastPinFor(number)).isPresent();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "application/json                              | application/json",
      "application/x-www-form-urlencoded             | application/x-www-form-urlencoded",
      "application/xml                               | application/xml",
      "text/html                                     | application/xml",
      "*/*                                           | application/xml",
      "application/json;q=0.4, application/xml;q=0.9 | application/xml",
      "text/html, application/json;q=0.8             | application/json"})
  void givenAcceptHeader_verify_answersInThatFormat(String accept, String expected) {
    Reply reply = wire.get("/verify_number?number=" + aNumber().e164(), "Accept", accept);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(expected);
    assertThat(reply.message()).isEqualTo("A verification code was sent.");
  }

  @Test
  void givenCloudIdOfTestBuild_verify_namesTheAppInTheSms() {
    PhoneNumber number = aNumber();

    Reply reply = wire.get("/verify_number?number=" + number.e164() + "&cloud_id=DEMO*");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(lastTextTo(number)).contains("Demo");
  }

  @Test
  void givenUnknownCloudId_verify_is400() {
    Reply reply = wire.get("/verify_number?number=" + aNumber().e164() + "&cloud_id=NOPE",
        "Accept", "application/json");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Unknown Cloud ID 'NOPE'.");
  }

  @Test
  void givenImmediateResend_verify_is429WithRetryAfterAndSaysWhen() {
    PhoneNumber number = aNumber();
    assertThat(wire.get("/verify_number?number=" + number.e164()).status()).isEqualTo(200);

    Reply again = wire.get("/verify_number?number=" + number.e164());

    assertThat(again.status()).isEqualTo(429);
    assertThat(again.header("Retry-After")).hasValue("60");
    assertThat(again.message()).contains("Please try again in 1 minute");
  }

  @Test
  void givenResendAfterTheWait_verify_sendsTheSamePinAgain() {
    PhoneNumber number = aNumber();
    wire.get("/verify_number?number=" + number.e164());
    String first = sms.lastPinFor(number).orElseThrow();
    clock.advance(Duration.ofSeconds(61));

    Reply again = wire.get("/verify_number?number=" + number.e164());

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    assertThat(sms.lastPinFor(number)).hasValue(first);
  }

  @Test
  void givenSpoofedForwardedFor_verify_stillLimitsTheClient() {
    Reply last = null;
    for (int i = 0; i <= 30; i++) {
      last = wire.get("/verify_number?number=" + aNumber().e164(),
          "X-Forwarded-For", "198.51.100." + i, "Forwarded", "for=203.0.113." + i);
    }

    assertThat(last.status()).as(last.toString()).isEqualTo(429);
    assertThat(last.message()).startsWith("Too many verification requests from your network.");
    assertThat(last.header("Retry-After")).isPresent();
  }

  @Test
  void givenGatewayDown_verify_is503WithMessage() {
    sms.failing(true);

    Reply reply = wire.get("/verify_number?number=" + aNumber().e164(), "Accept",
        "application/json");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.message())
        .isEqualTo("We could not send the SMS right now. Please try again shortly.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH", "HEAD"})
  void givenOtherMethod_verify_is405WithAllow(String method) {
    Reply reply = wire.send(method, "/verify_number", null, null);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).hasValue("GET, POST");
    if (!method.equals("HEAD")) {
      assertThat(reply.message()).isEqualTo("This address accepts GET, POST only.");
    }
  }

  private String lastTextTo(PhoneNumber number) {
    return sms.sent().stream().filter(m -> m.to().equals(number)).reduce((a, b) -> b)
        .map(SmsMessage::text).orElseThrow();
  }
}
