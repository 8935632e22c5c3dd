package dev.switchboard.adapter.http.callback;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.CallbackWiring.RecordingCallControl;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.port.out.call.CallPlan;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.account.SipPassword;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class WebCallbackControllerTest {
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;
  @Inject RecordingCallControl calls;
  @Inject MutableClock clock;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(2));
    calls.endAll();
  }

  private Account account(String username, String password, String credit) {
    accounts.remove(new SipUsername(username));
    AccountIdentity id = new AccountIdentity(new SipUsername(username), new SipPassword(password),
        new SipDomain("sip.example.com"), new CloudId("DEMO"), NetworkId.of(new CloudId("DEMO")));
    Account a = new Account(id, List.of(aNumber()), SecretHash.of("x", new SecureRandom()),
        Credit.of(credit), Map.of(), Instant.now());
    return accounts.addIfAbsent(a);
  }

  private static String user() {
    return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private CallPlan lastPlan() {
    List<CallPlan> plans = calls.plans();
    return plans.get(plans.size() - 1);
  }

  /** A response read off a raw socket: status line, headers and body as text. */
  record RawReply(String text) {
    int status() {
      return Integer.parseInt(text.substring(9, 12));
    }

    String body() {
      return text.substring(text.indexOf("\r\n\r\n") + 4);
    }
  }

  /** Sends {@code request} byte for byte, as the seed shows it (Connection: close). */
  private RawReply raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return new RawReply(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void seedGetExample_verbatim_answers200AndPlacesDestinationThenCallback() {
    account("johndow", "123456", "10");
    int before = calls.plans().size();

    RawReply reply = raw("GET /webcallback/?username=johndow&password=123456&callbackNumber=98765"
        + "&targetNumber=12345 HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n"
        + "Cache-Control: max-age=0\r\nUser-Agent: CloudSoftphone/1.5.6\r\n\r\n");

    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(calls.plans()).hasSize(before + 1);
    assertThat(lastPlan().first().number().value()).isEqualTo("12345");
    assertThat(lastPlan().second().number().value()).isEqualTo("98765");
  }

  @Test
  void seedPostJsonExample_verbatim_answers403NotEnoughCreditInJson() {
    account("johndow", "secretW0rd", "0");
    String body = "{ \"username\" : \"johndow\", \"password\" : \"secretW0rd\", \"to\" : "
        + "\"+15551231234\", \"callback\" : \"+15559879876\" }";

    int length = body.getBytes(StandardCharsets.UTF_8).length;
    RawReply reply = raw("POST /webcallback/ HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n"
        + "Cache-Control: max-age=0\r\nContent-Length: " + length + "\r\n"
        + "Content-Type: application/json\r\nUser-Agent: CloudSoftphone/1.5.6\r\n\r\n" + body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(403);
    assertThat(reply.text()).containsIgnoringCase("Content-Type: application/json");
    assertThat(reply.body()).isEqualTo("{\"message\":\"Not enough credit for this call.\"}");
  }

  @Test
  void aliasesAndForm_areAccepted_andTheCallbackDefaultsToTheAccount() {
    String u = user();
    Account a = account(u, "pw-1", "5");
    Reply form = wire.post("/webcallback", "application/x-www-form-urlencoded",
        "u=" + u + "&p=pw-1&to=%2B12025550123");
    assertThat(form.status()).as(form.toString()).isEqualTo(200);
    assertThat(form.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(lastPlan().second().number().value()).isEqualTo(a.verifiedNumbers().get(0).e164());

    a.putKey("callbackNumber", "+12025550188");
    accounts.update(a);
    Reply xml = wire.post("/webcallback", "application/xml",
        "<r><u>" + u + "</u><p>pw-1</p><targetNumber>+12025550124</targetNumber></r>");
    assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
    assertThat(xml.contentType()).isEqualTo("application/xml");
    assertThat(lastPlan().second().number().value()).isEqualTo("+12025550188");
  }

  @Test
  void nonceAndHash_areAcceptedOnce() {
    String u = user();
    account(u, "pw-2", "5");
    String hash = AuthenticateAppUserService.sha1Hex("n-42" + "pw-2");
    String query = "/webcallback?username=" + u + "&nonce=n-42&hash=" + hash + "&to=12345";

    assertThat(wire.get(query).status()).isEqualTo(200);
    Reply replay = wire.get(query, "Accept", "application/json");
    assertThat(replay.status()).isEqualTo(403);
    assertThat(replay.json().path("message").asText()).contains("already used");
  }

  @Test
  void refusals_carryAMessageInTheNegotiatedFormat() {
    String u = user();
    account(u, "pw-3", "5");
    String base = "/webcallback?username=" + u + "&password=pw-3";

    Reply premium = wire.get(base + "&to=%2B19005551234", "Accept", "application/json");
    assertThat(premium.status()).isEqualTo(403);
    assertThat(premium.json().path("message").asText()).contains("premium-rate");

    Reply wrong = wire.get("/webcallback?username=" + u + "&password=nope&to=12345");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(Reply.child(wrong.xml(), "message")).isEqualTo("Wrong username or password.");

    Reply missing = wire.get(base, "Accept", "application/x-www-form-urlencoded");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body()).startsWith("message=").contains("targetNumber");

    assertThat(wire.get(base + "&to=12-34;5").status()).isEqualTo(400);
  }

  @Test
  void concurrentCallsAndRate_areLimitedPerAccount() {
    String u = user();
    account(u, "pw-4", "5");
    String q = "/webcallback?username=" + u + "&password=pw-4&to=12345";
    assertThat(wire.get(q).status()).isEqualTo(200);
    assertThat(wire.get(q).status()).isEqualTo(200);
    Reply third = wire.get(q, "Accept", "application/json");
    assertThat(third.status()).isEqualTo(429);
    assertThat(third.json().path("message").asText()).contains("in progress");
    assertThat(third.header("Retry-After")).isPresent();

    calls.endAll();
    assertThat(wire.get(q).status()).isEqualTo(200);
    assertThat(wire.get(q).status()).isEqualTo(200);
    calls.endAll();
    assertThat(wire.get(q).status()).isEqualTo(200);
    Reply limited = wire.get(q, "Accept", "application/json");
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.json().path("message").asText()).contains("too many callbacks");
  }

  @Test
  void callRecord_showsBothLegsAndUnknownIdsAre404() {
    String u = user();
    account(u, "pw-5", "5");
    Reply placed = wire.get("/webcallback?username=" + u + "&password=pw-5&to=12345&callback=98765",
        "Accept", "application/json");
    String id = placed.json().path("callId").asText();

    Reply record = wire.get("/webcallback/" + id, "Accept", "application/json");
    assertThat(record.status()).as(record.toString()).isEqualTo(200);
    assertThat(record.json().path("state").asText()).isEqualTo("placing");
    assertThat(record.json().path("destination").path("number").asText()).isEqualTo("12345");
    assertThat(record.json().path("callback").path("number").asText()).isEqualTo("98765");

    assertThat(wire.get("/webcallback/AAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
    assertThat(wire.get("/webcallback/not-an-id").status()).isEqualTo(400);
  }
}
