package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.AccountFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dial strings answered from recently read accounts (a long cache age here, so only an
 * invalidation can explain a changed answer): a credit change or a deprovisioning through the
 * admin API is seen by the very next request.
 */
class CallThroughRecentAccountsE2EIT {
  static final String PIN_RULE = "+15551231234,,%account[x-cth-pin]%#12345678#";
  @TempDir
  Path dataDir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private static Map<String, Object> config(Database db) {
    Map<String, Object> p = new HashMap<>(db.properties());
    p.put("switchboard.initial-credit", "10");
    p.put("switchboard.sip.enabled", false);
    p.put("switchboard.callthrough.account-cache-ttl", "10m");
    p.put("switchboard.callthrough.rules[0].name", "pin");
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of("+15551231234"));
    p.put("switchboard.callthrough.rules[0].template",
        "%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#");
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void creditChangeAndDeprovisioning_areSeenAtOnce(Database database) throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, config(database))) {
      String user = SignIn.provision(sb, AccountFixtures.aNumber().e164())
          .get("username").asText();
      String path = "/callthrough/" + user + "/12345678";
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> dial = sb.get(path, "Accept", "application/json");
        assertThat(dial.statusCode()).as(dial.body()).isEqualTo(200);
        assertThat(dial.body()).isEqualTo("{\"dialString\":\"" + PIN_RULE + "\"}");
      }

      HttpResponse<String> noCredit = sb.send("PUT", "/admin/accounts/" + user + "/credit",
          "application/json", "{\"credit\":\"0\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
      assertThat(noCredit.statusCode()).as(noCredit.body()).isEqualTo(200);
      HttpResponse<String> refused = sb.get(path, "Accept", "application/json");
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("Not enough credit");

      sb.send("PUT", "/admin/accounts/" + user + "/credit", "application/json",
          "{\"credit\":\"5\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
      assertThat(sb.get(path).statusCode()).isEqualTo(200);

      HttpResponse<String> gone = sb.send("DELETE", "/admin/accounts/" + user, null, "",
          "Authorization", "Bearer " + ADMIN_TOKEN);
      assertThat(gone.statusCode()).as(gone.body()).isBetween(200, 204);
      HttpResponse<String> unknown = sb.get(path, "Accept", "application/json");
      assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    }
  }
}
