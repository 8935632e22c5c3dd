package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.domain.phone.PhoneNumber;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DTMF-less call-through across two instances sharing one PostgreSQL: the app's HTTP request
 * reaches instance A, the call (sipp INVITE) reaches instance B, which redirects it to the
 * target; a second INVITE, to either instance, is refused.
 */
class CallThroughE2EIT {
  static final String KEY = "MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=";
  @TempDir
  Path dirA;
  @TempDir
  Path dirB;

  private static Map<String, Object> config(Database db) {
    Map<String, Object> p = new HashMap<>(db.properties());
    p.put("switchboard.encryption-key", KEY);
    p.put("switchboard.initial-credit", "10");
    p.put("switchboard.sip.listen-address", "127.0.0.1");
    p.put("switchboard.sip.port", 0);
    p.put("switchboard.callthrough.rules[0].name", "france-dtmf-less");
    p.put("switchboard.callthrough.rules[0].countries", List.of("FR"));
    p.put("switchboard.callthrough.rules[0].access-numbers",
        List.of("+12025550100", "+12025550101"));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%");
    p.put("switchboard.callthrough.trunk-uri", "sip:%targetNumber%@127.0.0.1:5999");
    return p;
  }

  @Test
  void httpToOneInstance_inviteToTheOther_isRedirectedOnce() throws Exception {
    Optional<Database> pg = Database.available().filter(d -> d.name().equals("PostgreSQL"))
        .findFirst();
    Assumptions.assumeTrue(pg.isPresent(), "needs SWITCHBOARD_TEST_POSTGRES_URL");
    PhoneNumber caller = AccountFixtures.aNumber();
    try (RunningSwitchboard a = RunningSwitchboard.start(dirA, config(pg.get()));
        RunningSwitchboard b = RunningSwitchboard.start(dirB, config(pg.get()))) {
      JsonNode account = SignIn.provision(a, caller.e164());
      String user = account.get("username").asText();

      HttpResponse<String> dial = a.get("/callthrough/" + user + "/" + enc("+33142685300"),
          "Accept", "application/json");
      assertThat(dial.statusCode()).as(dial.body()).isEqualTo(200);
      assertThat(dial.body()).isEqualTo("{\"dialString\":\"+12025550100\"}");

      String trace = SippCall.run("uac-from-expect-302.xml",
          "127.0.0.1:" + b.bean(SipEndpoint.class).port(),
          "-s", "+12025550100", "-key", "caller", caller.e164());
      assertThat(trace).contains("Contact: <sip:+33142685300@127.0.0.1:5999>");

      SippCall.run("uac-from-expect-404.xml", "127.0.0.1:" + a.bean(SipEndpoint.class).port(),
          "-s", "+12025550100", "-key", "caller", caller.e164());
    }
  }
}
