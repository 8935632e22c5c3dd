package dev.switchboard.adapter.http.admin;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest(transactional = false)
class AdminAccountControllerTest {
  static final String TOKEN = "test-admin-token-0123456789";
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;
  Wire wire;
  Account account;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    account = accounts.addIfAbsent(AccountFixtures.aVerifiedAccount(aNumber(), "cloud-secret"));
  }

  private Reply admin(String method, String path, String json) {
    return wire.send(method, path, json == null ? null : "application/json",
        json == null ? null : json.getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + TOKEN);
  }

  private String accountPath() {
    return "/admin/accounts/" + account.username().value();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Bearer wrong-token", "Bearer ", "Basic dGVzdDp0ZXN0",
      "Bearer test-admin-token-012345678", "test-admin-token-0123456789"})
  void givenMissingOrWrongToken_admin_is401EvenForUnknownPaths(String authorization) {
    for (String path : new String[] {"/admin/accounts?username=x", "/admin/nothing-here"}) {
      Reply reply = authorization.isEmpty() ? wire.get(path)
          : wire.get(path, "Authorization", authorization);

      assertThat(reply.status()).as(path).isEqualTo(401);
      assertThat(reply.header("WWW-Authenticate")).hasValue("Bearer");
      assertThat(reply.contentType()).isEqualTo("application/json");
      assertThat(reply.message()).isEqualTo("A valid admin token is required.");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/%61dmin/accounts", "//admin/accounts", "/admin//accounts",
      "/x/../admin/accounts", "/admin/./accounts", "/ADMIN/accounts", "/admin/accounts/",
      "/admin%2Faccounts", "/admin/accounts;x=1"})
  void givenPathTricksWithoutToken_admin_neverAnswersData(String path) {
    Reply reply = wire.get(path + "?username=" + account.username().value());

    assertThat(reply.status()).as(reply.toString()).isIn(400, 401, 404);
    assertThat(reply.body()).doesNotContain(account.username().value());
  }

  @Test
  void givenUsername_find_returnsTheViewWithoutSecrets() {
    Reply reply = admin("GET", "/admin/accounts?username=" + account.username().value(), null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    JsonNode view = reply.json();
    assertThat(view.get("username").asText()).isEqualTo(account.username().value());
    assertThat(view.get("domain").asText()).isEqualTo("sip.example.com");
    assertThat(view.get("cloudId").asText()).isEqualTo("DEMO");
    assertThat(view.get("networkId").asText()).isEqualTo("DEMO");
    assertThat(view.get("numbers").get(0).asText())
        .isEqualTo(account.verifiedNumbers().get(0).e164());
    assertThat(view.get("credit").asText()).isEqualTo("0.0000");
    assertThat(view.get("keys").isObject()).isTrue();
    assertThat(view.get("createdAt").asText()).isEqualTo(account.createdAt().toString());
    assertThat(reply.body()).doesNotContain(account.password().value(), "secret", "password",
        "$");
  }

  @Test
  void givenNumberWithRawPlusAndCloudId_find_returnsTheAccount() {
    PhoneNumber number = account.verifiedNumbers().get(0);

    Reply reply = admin("GET", "/admin/accounts?number=" + number.e164() + "&cloud_id=DEMO", null);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("username").asText()).isEqualTo(account.username().value());
  }

  @Test
  void givenUnknownAccount_find_is404WithMessage() {
    Reply reply = admin("GET", "/admin/accounts?number=" + aNumber().e164() + "&cloud_id=DEMO",
        null);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.message()).startsWith("No account found for number +1202");
  }

  @Test
  void givenNoCriteria_find_is400() {
    Reply reply = admin("GET", "/admin/accounts", null);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Parameter 'cloud_id' is missing.");
  }

  @Test
  void givenCredit_putCredit_setsIt() {
    Reply reply = admin("PUT", accountPath() + "/credit", "{\"credit\":\"12.50\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().get("credit").asText()).isEqualTo("12.5000");
    assertThat(accounts.findByUsername(account.username()).orElseThrow().credit().amount())
        .isEqualByComparingTo("12.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"credit\":\"lots\"}", "{\"credit\":12.5}", "{}", "{\"credit\":",
      "[]", "{\"credit\":\"1e12\"}"})
  void givenBadCreditBody_putCredit_is400WithMessage(String body) {
    Reply reply = admin("PUT", accountPath() + "/credit", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.message()).isNotBlank();
  }

  @Test
  void givenFormBody_putCredit_is415() {
    Reply reply = wire.send("PUT", accountPath() + "/credit",
        "application/x-www-form-urlencoded", "credit=1".getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + TOKEN);

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.contentType()).isEqualTo("application/json");
  }

  @Test
  void givenKey_putThenDeleteKey_setsAndRemovesIt() {
    Reply put = admin("PUT", accountPath() + "/keys/x-cth-pin", "{\"value\":\"1234\"}");

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().get("keys").get("x-cth-pin").asText()).isEqualTo("1234");

    Reply deleted = admin("DELETE", accountPath() + "/keys/x-cth-pin", null);

    assertThat(deleted.status()).isEqualTo(200);
    assertThat(deleted.json().get("keys").has("x-cth-pin")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"title", "cloud_password", "1abc", "a%20b"})
  void givenReservedOrInvalidKey_putKey_is400(String key) {
    Reply reply = admin("PUT", accountPath() + "/keys/" + key, "{\"value\":\"1\"}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
    assertThat(reply.message()).isNotBlank();
  }

  @Test
  void givenAccount_delete_is204AndTheAccountIsGone() {
    Reply reply = admin("DELETE", accountPath(), null);

    assertThat(reply.status()).isEqualTo(204);
    assertThat(accounts.findByUsername(account.username())).isEmpty();
    assertThat(admin("DELETE", accountPath(), null).status()).isEqualTo(404);
  }

  @Test
  void givenUnknownUsername_putCredit_is404() {
    Reply reply = admin("PUT", "/admin/accounts/nobody-here/credit", "{\"credit\":\"1\"}");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.message()).isEqualTo("No account found for username nobody-here.");
  }
}
