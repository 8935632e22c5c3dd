package dev.switchboard.adapter.http.extauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.common.HardenedXml;
import dev.switchboard.adapter.http.common.HttpErrorTable;
import dev.switchboard.adapter.http.common.UnavailableException;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpExternalAuthAdapterTest {
  static final CloudId CLOUD = new CloudId("ACME");
  static final String XML = "<response><phoneNumbers><phoneNumber>+12025550123</phoneNumber>"
      + "<phoneNumber>not-a-number</phoneNumber><phoneNumber>+420276285602</phoneNumber>"
      + "</phoneNumbers><sipUri>sip:alice@pbx.acme.example</sipUri></response>";
  private final StubExtAuth stub = new StubExtAuth();

  @AfterEach
  void stop() {
    stub.close();
  }

  private HttpExternalAuthAdapter adapter(Duration timeout) {
    return new HttpExternalAuthAdapter(new RemoteAuthSettings(stub.url(), timeout),
        new HardenedXml(), new ObjectMapper());
  }

  private Optional<Principal> verify(Optional<String> host) {
    return adapter(Duration.ofSeconds(2)).verify(CLOUD, "alice", host, "pa ss&w=rd+%");
  }

  @Test
  void givenXmlAnswer_verify_postsTheFormAndReadsNumbersAndSipUri() {
    stub.answer(200, "application/xml; charset=UTF-8", XML);

    Principal principal = verify(Optional.of("pbx.acme.example")).orElseThrow();

    StubExtAuth.Received got = stub.received().get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(got.form()).isEqualTo(Map.of("username", "alice", "host", "pbx.acme.example",
        "password", "pa ss&w=rd+%", "cloud_id", "ACME"));
    assertThat(principal.numbers()).containsExactly(PhoneNumber.parseE164("+12025550123"),
        PhoneNumber.parseE164("+420276285602"));
    assertThat(principal.sipUri().value()).isEqualTo("sip:alice@pbx.acme.example");
    assertThat(principal.username().value()).isEqualTo("alice");
    assertThat(principal.cloudId()).isEqualTo(CLOUD);
    assertThat(principal.networkId().value()).isEqualTo("ACME");
  }

  @Test
  void givenJsonAnswerWithoutSipUri_verify_buildsItFromUsernameAndHost() {
    stub.answer(200, "application/json", "{\"phoneNumbers\":[\"+12025550123\"]}");

    Principal principal = verify(Optional.of("sip.acme.example:5061")).orElseThrow();

    assertThat(principal.numbers()).containsExactly(PhoneNumber.parseE164("+12025550123"));
    assertThat(principal.sipUri().value()).isEqualTo("sip:alice@sip.acme.example:5061");
  }

  @Test
  void givenSingleXmlNumberAndNoContentType_verify_readsIt() {
    stub.answer(200, null, "<response><phoneNumbers><phoneNumber>+12025550123</phoneNumber>"
        + "</phoneNumbers></response>");

    Principal principal = verify(Optional.of("h.example")).orElseThrow();

    assertThat(principal.numbers()).containsExactly(PhoneNumber.parseE164("+12025550123"));
  }

  @ParameterizedTest
  @ValueSource(ints = {401, 403})
  void givenRefusal_verify_isEmpty(int status) {
    stub.answer(status, "application/xml", "<response><message>no</message></response>");

    assertThat(verify(Optional.of("h.example"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 404, 500, 502, 503, 302})
  void givenOtherStatus_verify_isUnavailableNotWrongCredentials(int status) {
    stub.answer(status, "text/plain", "oops");

    assertUnavailable(() -> verify(Optional.of("h.example")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"<response><phoneNumbers>", "<!DOCTYPE r [<!ENTITY x \"y\">]><r>&x;</r>",
      "{\"phoneNumbers\":["})
  void givenUnreadableAnswer_verify_isUnavailable(String body) {
    stub.answer(200, body.startsWith("{") ? "application/json" : "application/xml", body);

    assertUnavailable(() -> verify(Optional.of("h.example")));
  }

  @Test
  void givenHugeAnswer_verify_isUnavailable() {
    stub.answer(200, "application/json", "{\"x\":\"" + "a".repeat(200_000) + "\"}");

    assertUnavailable(() -> verify(Optional.of("h.example")));
  }

  @Test
  void givenSlowService_verify_givesUpAfterTheTimeout() {
    stub.answer(200, "application/xml", XML);
    stub.delay(3_000);
    long start = System.nanoTime();

    assertUnavailable(() -> adapter(Duration.ofMillis(300))
        .verify(CLOUD, "alice", Optional.empty(), "pw"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void givenNothingListening_verify_isUnavailable() {
    String url = stub.url();
    stub.close();
    HttpExternalAuthAdapter adapter = new HttpExternalAuthAdapter(
        new RemoteAuthSettings(url, Duration.ofSeconds(1)), new HardenedXml(), new ObjectMapper());

    assertUnavailable(() -> adapter.verify(CLOUD, "alice", Optional.empty(), "pw"));
  }

  @Test
  void givenNoSipUriAndNoHost_verify_asksForTheHost() {
    stub.answer(200, "application/json", "{\"phoneNumbers\":[]}");

    assertThatThrownBy(() -> verify(Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The sign-in service gave no SIP URI: send the SIP domain as 'host'.");
  }

  @Test
  void givenUsernameThatIsNoSipUsername_verify_isRefusedWithoutACall() {
    assertThatThrownBy(() -> adapter(Duration.ofSeconds(1))
        .verify(CLOUD, "bad user", Optional.empty(), "pw"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(stub.received()).isEmpty();
  }

  private static void assertUnavailable(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(UnavailableException.class, e -> {
      assertThat(e.userMessage())
          .isEqualTo("The sign-in service is unavailable. Please try again shortly.");
      assertThat(e.getMessage()).doesNotContain("pa ss", "pw");
      assertThat(HttpErrorTable.map(e).status().getCode()).isEqualTo(503);
    });
  }
}
