package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.ADMIN_TOKEN;
import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import java.net.http.HttpResponse;
import java.util.Map;

/** Drives the app's sign-in over HTTP: verify_number, PIN from the outbox, provisioning. */
final class SignIn {
  private static final XmlMapper XML = new XmlMapper();
  private static final ObjectMapper JSON = new ObjectMapper();

  private SignIn() {}

  /** Returns the Account XML as a tree. */
  static JsonNode provision(RunningSwitchboard sb, String number) throws Exception {
    HttpResponse<String> verify = sb.get("/verify_number?number=" + enc(number));
    assertThat(verify.statusCode()).as(verify.body()).isEqualTo(200);
    HttpResponse<String> sms = sb.get("/admin/dev/sms?number=" + enc(number),
        "Authorization", "Bearer " + ADMIN_TOKEN);
    assertThat(sms.statusCode()).as(sms.body()).isEqualTo(200);
    String pin = JSON.readTree(sms.body()).get("pin").asText();
    HttpResponse<String> account = sb.postForm("/provisioning",
        Map.of("cloud_id", "DEMO", "cloud_username", number, "cloud_password", pin));
    assertThat(account.statusCode()).as(account.body()).isEqualTo(200);
    return XML.readTree(account.body());
  }

  /** An SSO access token for the provisioned account. */
  static String token(RunningSwitchboard sb, JsonNode account) throws Exception {
    HttpResponse<String> token = sb.postForm("/sso/token", Map.of(
        "username", account.get("username").asText(),
        "password", account.get("password").asText(),
        "cloud_id", "DEMO"));
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(token.body());
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    return body.get("access_token").asText();
  }
}
