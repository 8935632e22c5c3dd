package dev.switchboard.adapter.http.auth;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
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
class ExtAuthControllerTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  Wire wire;
  AppUser user;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
    user = AppUser.signUp(wire, sms, aNumber(), "DEMO");
  }

  private String form(String password) {
    return "username=" + user.username() + "&host=" + user.host() + "&password=" + password
        + "&cloud_id=DEMO";
  }

  @Test
  void givenRightCredentials_extAuth_answersXmlWithNumbersAndSipUri() {
    Reply reply = wire.post("/ext_auth", null, form(user.password()));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(reply.header("Cache-Control")).hasValue("no-store");
    assertThat(reply.body()).isEqualTo("<response><phoneNumbers><phoneNumber>"
        + user.number().e164() + "</phoneNumber></phoneNumbers><sipUri>" + user.sipUri()
        + "</sipUri></response>");
    Element root = reply.xml();
    assertThat(childNames(root)).containsExactly("phoneNumbers", "sipUri");
  }

  @Test
  void givenAcceptJson_extAuth_answersJson() {
    Reply reply = wire.get("/ext_auth?" + form(user.password()).replace("DEMO", "DEMO*"),
        "Accept", "application/json");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    assertThat(reply.body()).isEqualTo("{\"phoneNumbers\":[\"" + user.number().e164()
        + "\"],\"sipUri\":\"" + user.sipUri() + "\"}");
  }

  @Test
  void givenAcceptForm_extAuth_answersFormWithCommaSeparatedNumbers() {
    Reply reply = wire.post("/ext_auth", null, form(user.password()),
        "Accept", "application/x-www-form-urlencoded");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.form()).containsEntry("phoneNumbers", user.number().e164())
        .containsEntry("sipUri", user.sipUri());
  }

  @Test
  void givenJsonAndXmlBodiesAndAliases_extAuth_acceptsThem() {
    Reply json = wire.post("/ext_auth", "application/json", "{\"u\":\"" + user.username()
        + "\",\"p\":\"" + user.password() + "\",\"cloud_id\":\"DEMO\"}");
    Reply xml = wire.post("/ext_auth", "application/xml", "<request><username>"
        + user.username() + "</username><password>" + user.password()
        + "</password><cloud_id>DEMO</cloud_id><host>" + user.host() + "</host></request>");

    assertThat(json.status()).as(json.toString()).isEqualTo(200);
    assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"password=wrong", "host=other.example.com", "cloud_id=OTHER"})
  void givenWrongCredentials_extAuth_is403WithMessage(String change) {
    String name = change.substring(0, change.indexOf('='));
    String body = form(user.password()).replaceAll(name + "=[^&]*", change);

    Reply reply = wire.post("/ext_auth", "application/x-www-form-urlencoded", body);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(reply.message()).isEqualTo("Wrong username or password.");
  }

  @Test
  void givenRepeatedWrongPasswords_extAuth_is429WithRetryAfterEvenForTheRightOne() {
    for (int i = 0; i < 5; i++) {
      assertThat(wire.post("/ext_auth", null, form("wrong" + i)).status()).isEqualTo(403);
    }

    Reply reply = wire.post("/ext_auth", null, form(user.password()), "Accept",
        "application/json");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(Long.parseLong(reply.header("Retry-After").orElseThrow())).isPositive();
    assertThat(reply.message()).startsWith("Too many failed sign-ins. Please try again in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"username", "password", "cloud_id"})
  void givenMissingParameter_extAuth_is400NamingIt(String missing) {
    String body = form(user.password()).replaceAll(missing + "=[^&]*", "");

    Reply reply = wire.post("/ext_auth", null, body);

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("Parameter '" + missing + "' is missing.");
  }

  private static List<String> childNames(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getTagName());
      }
    }
    return names;
  }
}
