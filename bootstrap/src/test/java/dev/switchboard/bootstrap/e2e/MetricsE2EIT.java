package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.AccountFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scrapes {@code /prometheus} before and after a sign-in over real HTTP and finds the request,
 * SMS, PIN-check and account counters moved, and after a web callback the callback, call and
 * leg-state counters; health reports the database and the SIP stack.
 */
class MetricsE2EIT {

  @TempDir
  Path dataDir;

  @Test
  void afterAProvisioningAndACallback_theCountersHaveMoved() throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, Map.of(
        "switchboard.callthrough.rules[0].name", "dtmf-less",
        "switchboard.callthrough.rules[0].access-numbers", java.util.List.of("+12025550100"),
        "switchboard.callthrough.rules[0].template", "%accessNumber%",
        "switchboard.callthrough.trunk-uri", "sip:%targetNumber%@127.0.0.1:5999"))) {
      Scrape before = Scrape.of(sb);
      String number = AccountFixtures.aNumber().e164();

      HttpResponse<String> wrong = sb.postForm("/provisioning",
          Map.of("cloud_id", "DEMO", "cloud_username", number, "cloud_password", "000000"));
      assertThat(wrong.statusCode()).isEqualTo(403);
      com.fasterxml.jackson.databind.JsonNode account = SignIn.provision(sb, number);

      // A callback (no one answers at the trunk: the legs are tried and end).
      HttpResponse<String> credit = sb.send("PUT", "/admin/accounts/"
          + account.get("username").asText() + "/credit", "application/json",
          "{\"credit\":\"5\"}", "Authorization", "Bearer " + RunningSwitchboard.ADMIN_TOKEN);
      assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);
      HttpResponse<String> callback = sb.postForm("/webcallback", Map.of(
          "username", account.get("username").asText(),
          "password", account.get("password").asText(), "targetNumber", "+12025550177"));
      assertThat(callback.statusCode()).as(callback.body()).isEqualTo(200);
      awaitMoved(sb, before, "switchboard_calls_total", "state=\"ended\"");

      // A DTMF-less call-through reserves an access number of the pool.
      HttpResponse<String> dial = sb.postForm("/callthrough", Map.of(
          "username", account.get("username").asText(),
          "password", account.get("password").asText(), "targetNumber", "+12025550177"));
      assertThat(dial.statusCode()).as(dial.body()).isEqualTo(200);

      Scrape after = Scrape.of(sb);
      assertMoved(before, after, 1, "switchboard_callthrough_requests_total",
          "outcome=\"answered\"");
      assertMoved(before, after, 1, "switchboard_access_numbers_total", "outcome=\"reserved\"");
      assertMoved(before, after, 1, "switchboard_callback_requests_total",
          "outcome=\"accepted\"");
      assertMoved(before, after, 1, "switchboard_calls_total", "state=\"placing\"");
      assertMoved(before, after, 1, "switchboard_call_legs_total", "leg=\"destination\"",
          "state=\"ended\"");
      assertMoved(before, after, 1, "http_server_requests_seconds_count", "uri=\"/webcallback\"");
      assertThat(after.value("switchboard_calls_live")).isZero();
      assertMoved(before, after, 1, "switchboard_sms_total", "outcome=\"sent\"");
      assertMoved(before, after, 1, "switchboard_pin_requests_total", "outcome=\"sent\"");
      assertMoved(before, after, 1, "switchboard_pin_checks_total", "credential=\"pin\"",
          "outcome=\"accepted\"");
      assertMoved(before, after, 1, "switchboard_pin_checks_total", "credential=\"pin\"",
          "outcome=\"pin_expired\"");
      assertMoved(before, after, 1, "switchboard_accounts_opened_total", "cloud_id=\"DEMO\"");
      assertMoved(before, after, 2, "http_server_requests_seconds_count",
          "uri=\"/provisioning\"");
      assertMoved(before, after, 1, "http_server_requests_seconds_count",
          "uri=\"/verify_number\"", "status=\"200\"");
      assertThat(after.value("http_server_requests_seconds_sum", "uri=\"/provisioning\""))
          .as("latency is recorded").isPositive();
      assertThat(after.text()).contains("# HELP switchboard_pin_checks_total");
    }
  }

  @Test
  void withMetricsSwitchedOff_theServicesStillAnswer() throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir,
        Map.of("micronaut.metrics.enabled", "false"))) {
      com.fasterxml.jackson.databind.JsonNode account =
          SignIn.provision(sb, AccountFixtures.aNumber().e164());

      assertThat(account.get("username").asText()).isNotBlank();
      assertThat(sb.get("/callthrough/nobody/12345678").statusCode()).isEqualTo(404);
      assertThat(sb.get("/prometheus").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void health_reportsTheDatabase() throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, Map.of())) {
      HttpResponse<String> health = sb.get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"jdbc\"").contains("\"sip\"").contains("UP");
      assertThat(sb.get("/prometheus?x=" + enc("y")).statusCode()).isEqualTo(200);
    }
  }

  private static void awaitMoved(RunningSwitchboard sb, Scrape before, String metric,
      String... labels) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (Scrape.of(sb).value(metric, labels) <= before.value(metric, labels)
        && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
  }

  private static void assertMoved(Scrape before, Scrape after, double by, String metric,
      String... labels) {
    assertThat(after.value(metric, labels) - before.value(metric, labels))
        .as(metric + " " + String.join(",", labels) + " in\n" + after.text())
        .isEqualTo(by);
  }
}
