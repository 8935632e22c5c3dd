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
 * SMS, PIN-check and account counters moved; health reports the database.
 */
class MetricsE2EIT {

  @TempDir
  Path dataDir;

  @Test
  void afterAProvisioning_theCountersHaveMoved() throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, Map.of())) {
      Scrape before = Scrape.of(sb);
      String number = AccountFixtures.aNumber().e164();

      HttpResponse<String> wrong = sb.postForm("/provisioning",
          Map.of("cloud_id", "DEMO", "cloud_username", number, "cloud_password", "000000"));
      assertThat(wrong.statusCode()).isEqualTo(403);
      SignIn.provision(sb, number);

      Scrape after = Scrape.of(sb);
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
  void health_reportsTheDatabase() throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, Map.of())) {
      HttpResponse<String> health = sb.get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).contains("\"jdbc\"").contains("UP");
      assertThat(sb.get("/prometheus?x=" + enc("y")).statusCode()).isEqualTo(200);
    }
  }

  private static void assertMoved(Scrape before, Scrape after, double by, String metric,
      String... labels) {
    assertThat(after.value(metric, labels) - before.value(metric, labels))
        .as(metric + " " + String.join(",", labels) + " in\n" + after.text())
        .isEqualTo(by);
  }
}
