package dev.switchboard.adapter.http.provisioning;

import static dev.switchboard.adapter.http.provisioning.ProvisioningControllerTest.childNames;
import static dev.switchboard.adapter.http.support.Flows.provisioningForm;
import static dev.switchboard.adapter.http.support.Reply.child;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.port.in.account.SetAccountKeyCommand;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.account.AccountKey;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The optional parts of the Account XML: transport, SMS numbers, re-provisioning, custom keys. */
@MicronautTest(transactional = false)
class AccountXmlTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject SetAccountKeyUseCase setKey;
  @Inject MutableClock clock;

  @Test
  void givenAppWithEverything_provision_listsEveryPartAndCustomKeysLast() {
    clock.advance(Duration.ofHours(25));
    Wire wire = new Wire(server);
    PhoneNumber number = aNumber();
    wire.get("/verify_number?number=" + number.e164() + "&cloud_id=RICH");
    String pin = sms.lastPinFor(number).orElseThrow();
    Element first = wire.post("/provisioning", null, provisioningForm("RICH", number, pin)).xml();
    SipUsername username = new SipUsername(child(first, "username"));
    key(username, "x-cth-pin", "12 & <34>");
    key(username, "callbackNumber", "+12025550100");

    Reply reply = wire.post("/provisioning", null,
        provisioningForm("RICH", number, child(first, "cloud_password")));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Element account = reply.xml();
    assertThat(childNames(account)).containsExactly("title", "username", "password", "host",
        "transport", "cloud_username", "cloud_password", "networkId", "callbackNumber",
        "smsNumbers", "extProvUrl", "extProvInterval", "x-cth-pin");
    assertThat(child(account, "title")).isEqualTo("Rich & <Co>");
    assertThat(child(account, "host")).isEqualTo("sip.rich.example:5061");
    assertThat(child(account, "transport")).isEqualTo("tls");
    assertThat(child(account, "networkId")).isEqualTo("rich-net");
    assertThat(child(account, "callbackNumber")).isEqualTo("+12025550100");
    assertThat(child(account, "extProvUrl")).isEqualTo("https://prov.example/p?a=1&b=2");
    assertThat(child(account, "extProvInterval")).isEqualTo("3600");
    assertThat(child(account, "x-cth-pin")).isEqualTo("12 & <34>");
    NodeList smsNumbers = ((Element) account.getElementsByTagName("smsNumbers").item(0))
        .getElementsByTagName("carrier");
    assertThat(smsNumbers.getLength()).isEqualTo(2);
    Element firstNumber = (Element) smsNumbers.item(0).getParentNode();
    assertThat(firstNumber.getTagName()).isEqualTo("number");
    assertThat(child(firstNumber, "carrier")).isEqualTo("sinch");
    assertThat(child(firstNumber, "number")).isEqualTo("1234567890");
    assertThat(child((Element) smsNumbers.item(1).getParentNode(), "carrier")).isEqualTo("other");
  }

  private void key(SipUsername username, String key, String value) {
    setKey.setKey(new SetAccountKeyCommand(username, new AccountKey(key), Optional.of(value)));
  }
}
