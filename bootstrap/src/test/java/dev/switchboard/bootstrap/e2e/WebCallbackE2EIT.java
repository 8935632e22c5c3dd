package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.ADMIN_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.sip.testing.Sipp;
import dev.switchboard.application.testing.AccountFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web callback end to end: a provisioned user asks over HTTP, Switchboard calls two sipp parties
 * through the trunk, bridges them, one hangs up, the other gets BYE; the HTTP answer came before
 * anyone answered, and the record and the charge are visible afterwards.
 */
class WebCallbackE2EIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  @Test
  void callbackIsAnsweredAtOnce_bridged_recorded_andCharged() throws Exception {
    Sipp.requireSipp();
    try (Sipp destination = Sipp.server("party-a-slow-hangs-up.xml", 1);
        Sipp callback = Sipp.server("party-b-bridged.xml", 1)) {
      Map<String, Object> props = new HashMap<>();
      props.put("switchboard.callback.destination-uri-template",
          "sip:%number%@127.0.0.1:" + destination.port());
      props.put("switchboard.callback.callback-uri-template",
          "sip:%number%@127.0.0.1:" + callback.port());
      props.put("switchboard.call-policy.price-per-minute", "0.60");
      try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, props)) {
        JsonNode account = SignIn.provision(sb, AccountFixtures.aNumber().e164());
        String user = account.get("username").asText();
        HttpResponse<String> credit = sb.send("PUT", "/admin/accounts/" + user + "/credit",
            "application/json", "{\"credit\":\"5\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(credit.statusCode()).as(credit.body()).isEqualTo(200);

        long start = System.nanoTime();
        HttpResponse<String> asked = sb.get("/webcallback/?u=" + user + "&p="
            + RunningSwitchboard.enc(account.get("password").asText())
            + "&to=12345&callback=98765", "Accept", "application/json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        String id = JSON.readTree(asked.body()).get("callId").asText();

        JsonNode during = record(sb, id);
        assertThat(millis).isLessThan(1500);
        assertThat(during.path("destination").path("state").asText()).isIn("pending", "trying", "ringing");
        assertThat(during.path("callback").path("state").asText()).isEqualTo("pending");

        destination.assertPassed(30);
        callback.assertPassed(30);
        JsonNode done = awaitEnded(sb, id);
        assertThat(done.path("endReason").asText()).isEqualTo("destination party hung up");
        assertThat(done.path("bridgedAt").isMissingNode()).isFalse();
        assertThat(done.path("destination").path("sipCallId").asText()).isNotBlank();
        assertThat(done.path("callback").path("sipCallId").asText()).isNotBlank();
        assertThat(done.path("callback").path("endReason").asText()).isEqualTo("destination party hung up");
        assertThat(done.path("charged").decimalValue()).isPositive();

        HttpResponse<String> after = sb.get("/admin/accounts?username=" + user,
            "Authorization", "Bearer " + ADMIN_TOKEN);
        assertThat(JSON.readTree(after.body()).get("credit").decimalValue())
            .isLessThan(new java.math.BigDecimal("5"));
      }
    }
  }

  private static JsonNode record(RunningSwitchboard sb, String id) throws Exception {
    HttpResponse<String> r = sb.get("/webcallback/" + id, "Accept", "application/json");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  private static JsonNode awaitEnded(RunningSwitchboard sb, String id) throws Exception {
    long deadline = System.nanoTime() + 30_000_000_000L;
    JsonNode r = record(sb, id);
    while (!"ended".equals(r.path("state").asText()) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      r = record(sb, id);
    }
    assertThat(r.path("state").asText()).as(r.toString()).isEqualTo("ended");
    return r;
  }
}
