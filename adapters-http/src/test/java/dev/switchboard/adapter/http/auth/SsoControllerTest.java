package dev.switchboard.adapter.http.auth;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SsoControllerTest {
  static final String FORM = "application/x-www-form-urlencoded";
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  Wire wire;
  AppUser user;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
    user = AppUser.signUp(wire, sms, aNumber(), "DEMO");
  }

  @Test
  void givenRightCredentials_token_isBearerTokenWithLifetime() {
    Reply reply = wire.post("/sso/token", FORM, "grant_type=password&" + user.credentials());

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.header("Cache-Control")).hasValue("no-store");
    JsonNode json = reply.json();
    assertThat(json.path("access_token").asText()).matches("[A-Za-z0-9_\\-]{43}");
    assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(json.path("expires_in").asLong()).isEqualTo(24 * 3600);
    assertThat(json.size()).isEqualTo(3);
  }

  @Test
  void givenJsonBody_token_isIssued() {
    Reply reply = wire.post("/sso/token", "application/json", "{\"username\":\""
        + user.username() + "\",\"password\":\"" + user.password()
        + "\",\"cloud_id\":\"DEMO\",\"host\":\"" + user.host() + "\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  @Test
  void givenWrongPassword_token_is403InvalidGrant() {
    Reply reply = wire.post("/sso/token", FORM,
        user.credentials().replace(user.password(), "nope"));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.json().path("error").asText()).isEqualTo("invalid_grant");
    assertThat(reply.message()).isEqualTo("Wrong username or password.");
  }

  @Test
  void givenOtherGrantType_token_is400InvalidRequest() {
    Reply reply = wire.post("/sso/token", FORM, "grant_type=client_credentials&"
        + user.credentials());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
    assertThat(reply.message()).isEqualTo("Only grant_type 'password' is supported.");
  }

  @Test
  void givenTooManyFailures_token_is429WithRetryAfter() {
    String wrong = user.credentials().replace(user.password(), "nope");
    for (int i = 0; i < 5; i++) {
      wire.post("/sso/token", FORM, wrong);
    }

    Reply reply = wire.post("/sso/token", FORM, user.credentials());

    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).isPresent();
    assertThat(reply.json().path("error").asText()).isEqualTo("temporarily_unavailable");
    assertThat(reply.message()).isNotBlank();
  }

  @Test
  void givenGet_token_is405WithJsonMessage() {
    Reply reply = wire.get("/sso/token?" + user.credentials());

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.json().path("error").asText()).isEqualTo("invalid_request");
    assertThat(reply.message()).isEqualTo("This address accepts POST only.");
  }

  @Test
  void givenExpiredToken_api_is401WithBearerChallenge() {
    String token = user.token(wire);
    clock.advance(Duration.ofHours(24).plusSeconds(1));

    Reply reply = smartQuery(token);

    assertUnauthorized(reply, "The access token is unknown, expired or revoked.");
  }

  @Test
  void givenRevokedToken_api_is401_andRevokingAgainIsFine() {
    String token = user.token(wire);
    assertThat(smartQuery(token).status()).isEqualTo(200);

    Reply revoked = wire.post("/sso/revoke", FORM, "token=" + token);
    Reply again = wire.post("/sso/revoke", "application/json", "{\"token\":\"" + token + "\"}");

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(revoked.json().path("message").asText()).isEqualTo("The access token is revoked.");
    assertThat(again.status()).isEqualTo(200);
    assertUnauthorized(smartQuery(token), "The access token is unknown, expired or revoked.");
  }

  @Test
  void givenBearerHeader_revoke_revokesThatToken() {
    String token = user.token(wire);

    Reply revoked = wire.post("/sso/revoke", null, "", "Authorization", "Bearer " + token);

    assertThat(revoked.status()).isEqualTo(200);
    assertThat(smartQuery(token).status()).isEqualTo(401);
  }

  @Test
  void givenForgedOrMalformedOrMissingToken_api_is401() {
    assertUnauthorized(smartQuery("A".repeat(43)),
        "The access token is unknown, expired or revoked.");
    assertUnauthorized(smartQuery("short"), "The access token is missing or malformed.");
    assertUnauthorized(wire.get("/smart/contacts/phone"),
        "Sign in first: send the access token as 'Authorization: Bearer <token>'.");
    assertUnauthorized(wire.get("/smart/contacts/phone", "Authorization", "Basic dTpw"),
        "Sign in first: send the access token as 'Authorization: Bearer <token>'.");
  }

  private Reply smartQuery(String token) {
    return wire.get("/smart/contacts/phone", "Authorization", "Bearer " + token);
  }

  private static void assertUnauthorized(Reply reply, String message) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.message()).isEqualTo(message);
  }
}
