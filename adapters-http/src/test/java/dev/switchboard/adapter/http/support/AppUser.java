package dev.switchboard.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.phone.PhoneNumber;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Element;

/** A user as their app knows them after the sign-in wizard: number, Cloud ID, SIP account. */
public record AppUser(PhoneNumber number, String cloudId, String username, String password,
    String host) {

  /** Verifies {@code number} (PIN by SMS) and provisions it over HTTP, as the app does. */
  public static AppUser signUp(Wire wire, RecordingSmsGateway sms, PhoneNumber number,
      String cloudId) {
    String pin = Flows.requestPin(wire, sms, number, cloudId);
    Reply reply = wire.post("/provisioning", null, Flows.provisioningForm(cloudId, number, pin));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Element account = reply.xml();
    return new AppUser(number, cloudId, Reply.child(account, "username"),
        Reply.child(account, "password"), Reply.child(account, "host"));
  }

  public String sipUri() {
    return "sip:" + username + "@" + host;
  }

  /** {@code username=…&password=…&cloud_id=…} for form bodies and query strings. */
  public String credentials() {
    return "username=" + enc(username) + "&password=" + enc(password) + "&cloud_id="
        + enc(cloudId);
  }

  /** Gets an access token from {@code /sso/token}. */
  public String token(Wire wire) {
    Reply reply = wire.post("/sso/token", "application/x-www-form-urlencoded", credentials());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().path("access_token").asText();
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
