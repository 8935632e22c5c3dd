package dev.switchboard.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.phone.PhoneNumber;

/** Steps of the sign-in flow shared by controller tests. */
public final class Flows {
  private Flows() {}

  /** Asks {@code /verify_number} for a PIN and returns the PIN the SMS gateway received. */
  public static String requestPin(Wire wire, RecordingSmsGateway sms, PhoneNumber number) {
    return requestPin(wire, sms, number, "DEMO");
  }

  /** Asks {@code /verify_number} for a PIN for the app {@code cloudId}. */
  public static String requestPin(Wire wire, RecordingSmsGateway sms, PhoneNumber number,
      String cloudId) {
    Reply reply = wire.get("/verify_number?number=" + number.e164() + "&cloud_id=" + cloudId);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return sms.lastPinFor(number).orElseThrow();
  }

  /** The form body of a provisioning request. */
  public static String provisioningForm(String cloudId, PhoneNumber number, String password) {
    return "cloud_id=" + cloudId + "&cloud_username=" + number.e164().replace("+", "%2B")
        + "&cloud_password=" + password;
  }
}
