package dev.switchboard.adapter.http.provisioning;

import static dev.switchboard.adapter.http.support.Flows.provisioningForm;
import static dev.switchboard.adapter.http.support.Flows.requestPin;
import static dev.switchboard.adapter.http.support.Reply.child;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@MicronautTest(transactional = false)
class ProvisioningControllerTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject InMemoryAccounts accounts;
  @Inject MutableClock clock;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
  }

  @Test
  void givenPinFromSms_provision_returnsAccountXmlFieldByField() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);

    Reply reply = wire.post("/provisioning", null, provisioningForm("DEMO", number, pin),
        "User-Agent", "CloudSoftphone/2.0");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(reply.header("Cache-Control")).hasValue("no-store");
    Account stored = accounts.findByNumber(new CloudId("DEMO"), number).orElseThrow();
    Element account = reply.xml();
    assertThat(account.getTagName()).isEqualTo("account");
    assertThat(childNames(account)).containsExactly("title", "username", "password", "host",
        "cloud_username", "cloud_password", "networkId", "callbackNumber");
    assertThat(child(account, "title")).isEqualTo("Demo");
    assertThat(child(account, "username")).isEqualTo(stored.username().value());
    assertThat(child(account, "password")).isEqualTo(stored.password().value());
    assertThat(child(account, "host")).isEqualTo("sip.example.com");
    assertThat(child(account, "cloud_username")).isEqualTo(number.e164());
    assertThat(child(account, "cloud_password")).hasSize(32).isNotEqualTo(pin);
    assertThat(stored.acceptsCloudSecret(child(account, "cloud_password"))).isTrue();
    assertThat(child(account, "networkId")).isEqualTo("DEMO");
    assertThat(child(account, "callbackNumber")).isEqualTo(number.e164());
  }

  @Test
  void givenReturnedCloudPassword_provisionAgain_returnsTheSameAccount() {
    PhoneNumber number = aNumber();
    Element first = provisioned(number).xml();

    Reply again = wire.get("/provisioning?cloud_id=DEMO&cloud_username=" + number.e164()
        + "&cloud_password=" + child(first, "cloud_password"));

    assertThat(again.status()).as(again.toString()).isEqualTo(200);
    Element second = again.xml();
    for (String key : List.of("username", "password", "host", "cloud_password", "networkId")) {
      assertThat(child(second, key)).as(key).isEqualTo(child(first, key));
    }
  }

  @Test
  void givenNewPinForProvisionedNumber_provision_returnsSameSipAccountWithNewSecret() {
    PhoneNumber number = aNumber();
    Element first = provisioned(number).xml();
    clock.advance(Duration.ofMinutes(11));

    Element second = provisioned(number).xml();

    assertThat(child(second, "username")).isEqualTo(child(first, "username"));
    assertThat(child(second, "password")).isEqualTo(child(first, "password"));
    assertThat(child(second, "cloud_password")).isNotEqualTo(child(first, "cloud_password"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"query", "form", "json", "xml", "accept-json"})
  void givenEachRequestFormat_provision_answersAccountXml(String format) {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);
    String digits = number.e164().substring(1);

    Reply reply = switch (format) {
      case "query" -> wire.get("/provisioning/?cloud_id=DEMO&cloud_username=+" + digits
          + "&cloud_password=" + pin);
      case "form" -> wire.post("/provisioning/", "application/x-www-form-urlencoded",
          provisioningForm("DEMO", number, pin));
      case "json" -> wire.post("/provisioning", "application/json", "{\"cloud_id\":\"DEMO\","
          + "\"cloud_username\":\"+" + digits + "\",\"cloud_password\":\"" + pin + "\"}");
      case "xml" -> wire.post("/provisioning", "application/xml", "<provisioning>"
          + "<cloud_id>DEMO</cloud_id><cloud_username>+" + digits + "</cloud_username>"
          + "<cloud_password>" + pin + "</cloud_password></provisioning>");
      default -> wire.post("/provisioning", null, provisioningForm("DEMO", number, pin),
          "Accept", "application/json");
    };

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(child(reply.xml(), "cloud_username")).isEqualTo(number.e164());
  }

  @Test
  void givenWrongPin_provision_is403WithErrorXml() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);

    Reply reply = wire.post("/provisioning", null, provisioningForm("DEMO", number, wrong(pin)),
        "Accept", "application/json");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(reply.xml().getTagName()).isEqualTo("error");
    assertThat(reply.message()).isEqualTo("The code is not correct.");
  }

  @Test
  void givenFiveWrongPins_provision_is429EvenWithTheRightPin() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      statuses.add(wire.post("/provisioning", null,
          provisioningForm("DEMO", number, wrong(pin))).status());
    }

    Reply reply = wire.post("/provisioning", null, provisioningForm("DEMO", number, pin));

    assertThat(statuses).containsOnly(403);
    assertThat(reply.status()).isEqualTo(429);
    assertThat(reply.message()).contains("Too many wrong codes");
  }

  @Test
  void givenUsedPin_provision_isRejected() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);
    assertThat(wire.post("/provisioning", null, provisioningForm("DEMO", number, pin)).status())
        .isEqualTo(200);

    Reply reply = wire.post("/provisioning", null, provisioningForm("DEMO", number, pin));

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.message()).contains("expired or was already used");
  }

  @Test
  void givenUnknownCloudId_provision_is400() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);

    Reply reply = wire.post("/provisioning", null, provisioningForm("ELSEWHERE", number, pin));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.xml().getTagName()).isEqualTo("error");
    assertThat(reply.message()).isEqualTo("Unknown Cloud ID 'ELSEWHERE'.");
  }

  @Test
  void givenCloudIdOfTestBuild_provision_stripsTheStar() {
    PhoneNumber number = aNumber();
    String pin = requestPin(wire, sms, number);

    Reply reply = wire.post("/provisioning", null,
        provisioningForm("DEMO*", number, pin).replace("DEMO*", "DEMO%2A"));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(child(reply.xml(), "networkId")).isEqualTo("DEMO");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PUT", "DELETE", "PATCH", "HEAD"})
  void givenOtherMethod_provision_is405WithAllow(String method) {
    Reply reply = wire.send(method, "/provisioning/", null, null);

    assertThat(reply.status()).isEqualTo(405);
    assertThat(reply.header("Allow")).hasValue("GET, POST");
    if (!method.equals("HEAD")) {
      assertThat(reply.xml().getTagName()).isEqualTo("error");
      assertThat(reply.message()).isEqualTo("This address accepts GET, POST only.");
    }
  }

  private Reply provisioned(PhoneNumber number) {
    String pin = requestPin(wire, sms, number);
    Reply reply = wire.post("/provisioning", null, provisioningForm("DEMO", number, pin));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply;
  }

  static String wrong(String pin) {
    return String.format("%06d", (Integer.parseInt(pin) + 1) % 1_000_000);
  }

  static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getTagName());
      }
    }
    return names;
  }
}
