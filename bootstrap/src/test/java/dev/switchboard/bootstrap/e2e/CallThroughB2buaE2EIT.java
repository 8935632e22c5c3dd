package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.testing.Sipp;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.domain.phone.PhoneNumber;
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
 * Call-through in b2bua mode through the whole running service: the app asks for a DTMF-less
 * dial string over HTTP, the caller (sipp) dials the access number, Switchboard calls the trunk
 * (a second sipp) with the caller's offer, bridges the answer and relays the caller's BYE.
 */
class CallThroughB2buaE2EIT {
  static final String ACCESS = "+12025550100";
  static final String TARGET = "+33142685300";
  static final long WAIT = 30;
  @TempDir
  Path dataDir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private static Map<String, Object> config(Database db, int trunkPort) {
    Map<String, Object> p = new HashMap<>(db.properties());
    p.put("switchboard.initial-credit", "10");
    p.put("switchboard.sip.listen-address", "127.0.0.1");
    p.put("switchboard.sip.port", 0);
    p.put("switchboard.callthrough.sip-mode", "b2bua");
    p.put("switchboard.callthrough.trunk-uri", "sip:%targetNumber%@127.0.0.1:" + trunkPort);
    p.put("switchboard.callthrough.rules[0].name", "france-dtmf-less");
    p.put("switchboard.callthrough.rules[0].countries", List.of("FR"));
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of(ACCESS));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%");
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void dialString_thenTheCall_isBridgedToTheTrunk(Database database) throws Exception {
    PhoneNumber caller = AccountFixtures.aNumber();
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-answers.xml", 1);
        RunningSwitchboard sb = RunningSwitchboard.start(dataDir, config(database, trunk.port()))) {
      String user = SignIn.provision(sb, caller.e164()).get("username").asText();
      HttpResponse<String> dial = sb.get("/callthrough/" + user + "/" + enc(TARGET),
          "Accept", "application/json");
      assertThat(dial.statusCode()).as(dial.body()).isEqualTo(200);
      assertThat(dial.body()).isEqualTo("{\"dialString\":\"" + ACCESS + "\"}");

      String sip = "127.0.0.1:" + sb.bean(SipEndpoint.class).port();
      try (Sipp call = Sipp.client("callthrough/b2bua/caller-hangs-up.xml", sip, 1,
          "-s", ACCESS, "-key", "caller", caller.e164())) {
        call.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
      assertThat(trunk.messages()).contains("INVITE sip:" + TARGET + "@127.0.0.1:" + trunk.port());

      try (Sipp again = Sipp.client("callthrough/uac-from-expect-404.xml", sip, 1,
          "-s", ACCESS, "-key", "caller", caller.e164())) {
        again.assertPassed(WAIT);
      }
      String metrics = sb.get("/prometheus").body();
      assertThat(metrics).containsPattern(
          "switchboard_callthrough_bridged_total\\{[^}]*outcome=\"answered\"[^}]*} 1\\.0");
    }
  }
}
