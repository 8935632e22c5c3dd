package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.ADMIN_TOKEN;
import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import dev.switchboard.application.testing.AccountFixtures;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sign-in flow of the README, end to end over real HTTP: verify_number, the PIN from the
 * development SMS outbox, provisioning, and re-provisioning with the returned cloud_password, on
 * H2 and on PostgreSQL. The service is restarted in between to prove the stored account (and its
 * encrypted SIP password) survives.
 */
class ProvisioningE2EIT {
  private static final XmlMapper XML = new XmlMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  static Stream<Database> databases() {
    return Database.available();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void verifyNumber_pinFromOutbox_provision_andProvisionAgain(Database database) throws Exception {
    String number = AccountFixtures.aNumber().e164();
    JsonNode first;
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, database.properties())) {
      assertThat(sb.get("/health").body()).contains("UP");
      HttpResponse<String> verify = sb.get("/verify_number?number=" + enc(number) + "&appid=e2e");
      assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);

      HttpResponse<String> sms = sb.get("/admin/dev/sms?number=" + enc(number),
          "Authorization", "Bearer " + ADMIN_TOKEN);
      assertThat(sms.statusCode()).as(sms.body()).isEqualTo(200);
      String pin = JSON.readTree(sms.body()).get("pin").asText();

      HttpResponse<String> provisioned = sb.postForm("/provisioning",
          Map.of("cloud_id", "DEMO*", "cloud_username", number, "cloud_password", pin));
      assertThat(provisioned.statusCode()).as(provisioned.body()).isEqualTo(200);
      assertThat(provisioned.headers().firstValue("Content-Type")).hasValueSatisfying(
          ct -> assertThat(ct).startsWith("application/xml"));
      first = XML.readTree(provisioned.body());
      assertThat(first.get("title").asText()).isNotBlank();
      assertThat(first.get("cloud_username").asText()).isEqualTo(number);
      assertThat(first.get("cloud_password").asText()).isNotEqualTo(pin).hasSize(32);
      assertThat(first.get("networkId").asText()).isEqualTo("DEMO");
      assertThat(first.get("callbackNumber").asText()).isEqualTo(number);

      HttpResponse<String> reused = sb.postForm("/provisioning",
          Map.of("cloud_id", "DEMO", "cloud_username", number, "cloud_password", pin));
      assertThat(reused.statusCode()).isEqualTo(403);
      assertThat(XML.readTree(reused.body()).get("message").asText()).isNotBlank();
    }
    try (RunningSwitchboard restarted = RunningSwitchboard.start(dataDir, database.properties())) {
      HttpResponse<String> again = restarted.get("/provisioning?cloud_id=DEMO&cloud_username="
          + enc(number) + "&cloud_password=" + enc(first.get("cloud_password").asText()));
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      JsonNode second = XML.readTree(again.body());
      for (String key : new String[] {"username", "password", "host", "cloud_password", "networkId"}) {
        assertThat(second.get(key).asText()).as(key).isEqualTo(first.get(key).asText());
      }
    }
  }
}
