package dev.switchboard.adapter.http.smart;

import static dev.switchboard.adapter.http.support.Books.book;
import static dev.switchboard.adapter.http.support.Books.contact;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.ContactFixtures.national;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Books;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users of another Cloud ID (same SIP domain) never see a tenant's smart entries. */
@MicronautTest(transactional = false)
class TenantIsolationTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
  }

  @Test
  void givenSmartUserOnDemo_userOfOtherApp_neverSeesIt() {
    AppUser alice = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    becomeSmart(alice);
    AppUser carol = AppUser.signUp(wire, sms, aNumber(), "OTHER");
    String carolToken = carol.token(wire);
    Books.put(wire, carolToken, "phone", book(contact("a", "Alice", national(alice.number()))));

    assertThat(smartContacts(carol, carolToken)).isEmpty();
    JsonNode contacts = wire.get("/contacts?" + carol.credentials()).json().path("contacts");
    assertThat(contacts).hasSize(1);
    assertThat(contacts.get(0).has("cloudUsername")).isFalse();
  }

  @Test
  void givenSameNumberSmartInBothApps_eachTenant_seesOnlyItsOwnUser() {
    PhoneNumber shared = aNumber();
    AppUser onDemo = AppUser.signUp(wire, sms, shared, "DEMO");
    AppUser onOther = AppUser.signUp(wire, sms, shared, "OTHER");
    becomeSmart(onDemo);
    becomeSmart(onOther);
    AppUser carol = AppUser.signUp(wire, sms, aNumber(), "OTHER");
    String carolToken = carol.token(wire);
    Books.put(wire, carolToken, "phone", book(contact("s", "Shared", national(shared))));

    JsonNode found = smartContacts(carol, carolToken);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).path("cloudUsername").asText()).isEqualTo(onOther.username());
    assertThat(found.get(0).path("networkId").asText()).isEqualTo("OTHER");
    assertThat(found.get(0).path("cloudUsername").asText()).isNotEqualTo(onDemo.username());
  }

  @Test
  void givenCredentialsOfOneApp_withCloudIdOfAnother_areRefused() {
    AppUser alice = AppUser.signUp(wire, sms, aNumber(), "DEMO");

    Reply token = wire.post("/sso/token", "application/x-www-form-urlencoded",
        alice.credentials().replace("cloud_id=DEMO", "cloud_id=OTHER"));
    Reply contacts = wire.get("/contacts?"
        + alice.credentials().replace("cloud_id=DEMO", "cloud_id=OTHER"));

    assertThat(token.status()).isEqualTo(403);
    assertThat(contacts.status()).isEqualTo(403);
  }

  private void becomeSmart(AppUser user) {
    Reply reply = wire.post("/smart/entries", "application/x-www-form-urlencoded",
        "sipUri=" + user.sipUri(), "Authorization", "Bearer " + user.token(wire));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private JsonNode smartContacts(AppUser user, String token) {
    Reply reply = wire.get("/smart/contacts/phone", "Authorization", "Bearer " + token);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json().path("smartContacts");
  }
}
