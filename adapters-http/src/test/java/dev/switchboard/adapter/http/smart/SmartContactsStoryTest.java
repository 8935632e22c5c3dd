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
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The acceptance story over a real socket: two users sign up, upload books holding each other's
 * numbers in national format, one becomes smart, the other finds it — on the Smart Contacts
 * query and in the messaging contact source, which then answers 304 until something changes.
 */
@MicronautTest(transactional = false)
class SmartContactsStoryTest {
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
  void givenTwoUsersWithEachOthersNumbers_oneBecomesSmart_theOtherSeesIt() {
    AppUser alice = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    AppUser bob = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    String aliceToken = alice.token(wire);
    String bobToken = bob.token(wire);

    Reply aliceBook = Books.put(wire, aliceToken, "alice-phone",
        book(contact("b1", "Bob", national(bob.number()))));
    Reply bobBook = Books.put(wire, bobToken, "bobs-iphone",
        book(contact("a1", "Alice", national(alice.number())), contact("n1", "Nobody", "12")));
    assertThat(aliceBook.status()).as(aliceBook.toString()).isEqualTo(200);
    assertThat(aliceBook.contentType()).isEqualTo("application/json");
    assertThat(aliceBook.body())
        .isEqualTo("{\"contacts\":1,\"numbers\":1,\"unparsedNumbers\":0,\"newNumbers\":1}");
    assertThat(bobBook.json().path("unparsedNumbers").asInt()).isEqualTo(1);

    Reply smart = wire.post("/smart/entries", "application/json",
        "{\"sipUri\":\"" + alice.sipUri() + "\"}", "Authorization", "Bearer " + aliceToken);
    assertThat(smart.status()).as(smart.toString()).isEqualTo(200);
    assertThat(smart.json().path("entries")).hasSize(1);
    assertThat(smart.json().path("entries").get(0).path("number").asText())
        .isEqualTo(alice.number().e164());
    assertThat(smart.json().path("entries").get(0).path("sipUri").asText())
        .isEqualTo(alice.sipUri());

    Reply found = wire.get("/smart/contacts/bobs-iphone", "Authorization", "Bearer " + bobToken);
    assertThat(found.status()).as(found.toString()).isEqualTo(200);
    JsonNode list = found.json().path("smartContacts");
    assertThat(list).hasSize(1);
    assertThat(list.get(0).path("contactId").asText()).isEqualTo("a1");
    assertThat(list.get(0).path("entryId").asText()).isEqualTo("tel:0");
    assertThat(list.get(0).path("number").asText()).isEqualTo(alice.number().e164());
    assertThat(list.get(0).path("sipUri").asText()).isEqualTo(alice.sipUri());
    assertThat(list.get(0).path("cloudUsername").asText()).isEqualTo(alice.username());
    assertThat(list.get(0).path("networkId").asText()).isEqualTo("DEMO");
    Reply aliceFinds =
        wire.get("/smart/contacts/alice-phone", "Authorization", "Bearer " + aliceToken);
    assertThat(aliceFinds.json().path("smartContacts")).isEmpty();

    Reply contacts = wire.get("/contacts?" + bob.credentials());
    assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
    assertThat(contacts.contentType()).isEqualTo("application/json");
    JsonNode a1 = contacts.json().path("contacts").get(0);
    assertThat(a1.path("contactId").asText()).isEqualTo("a1");
    assertThat(a1.path("cloudUsername").asText()).isEqualTo(alice.username());
    assertThat(a1.path("networkId").asText()).isEqualTo("DEMO");
    assertThat(a1.path("displayName").asText()).isEqualTo("Alice");
    assertThat(a1.path("company").asText()).isEqualTo("ACME");
    assertThat(a1.path("contactEntries").get(0).path("uri").asText())
        .isEqualTo(national(alice.number()));
    JsonNode n1 = contacts.json().path("contacts").get(1);
    assertThat(n1.has("cloudUsername")).isFalse();
    assertThat(n1.has("networkId")).isFalse();
    String lastModified = contacts.header("Last-Modified").orElseThrow();
    assertThat(lastModified).matches("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} "
        + "\\d{2}:\\d{2}:\\d{2} GMT");

    Reply unchanged = wire.get("/contacts?" + bob.credentials(),
        "If-Modified-Since", lastModified);
    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();

    clock.advance(Duration.ofMinutes(3));
    Books.patch(wire, bobToken, "bobs-iphone", "{\"deleted\":[\"n1\"]}");
    Reply changed = wire.get("/contacts?" + bob.credentials(), "If-Modified-Since", lastModified);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.json().path("contacts")).hasSize(1);
    assertThat(changed.header("Last-Modified").orElseThrow()).isNotEqualTo(lastModified);
  }

  @Test
  void givenHttpBasic_messagingContacts_answersLikeParameters() {
    AppUser carol = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    Books.put(wire, carol.token(wire), "tablet", book(contact("c1", "Someone", "+1 202 555 0100")));
    String basic = Base64.getEncoder().encodeToString(
        (carol.username() + ":" + carol.password()).getBytes(StandardCharsets.UTF_8));

    Reply byBasic = wire.post("/contacts", "application/x-www-form-urlencoded", "cloud_id=DEMO",
        "Authorization", "Basic " + basic);
    Reply byParams = wire.get("/contacts?" + carol.credentials());

    assertThat(byBasic.status()).as(byBasic.toString()).isEqualTo(200);
    assertThat(byBasic.body()).isEqualTo(byParams.body());
    assertThat(byBasic.header("Cache-Control")).hasValue("private, no-cache");
  }

  @Test
  void givenNoBook_messagingContacts_isEmptyWithoutLastModified() {
    AppUser dave = AppUser.signUp(wire, sms, aNumber(), "DEMO");

    Reply reply = wire.get("/contacts?" + dave.credentials(),
        "If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"contacts\":[]}");
    assertThat(reply.header("Last-Modified")).isEmpty();
  }

  @Test
  void givenUnreadableIfModifiedSince_messagingContacts_ignoresIt() {
    AppUser erin = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    Books.put(wire, erin.token(wire), "phone", book(contact("e1", "Someone", "(202) 555-0100")));

    Reply reply = wire.get("/contacts?" + erin.credentials(), "If-Modified-Since", "yesterday");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.json().path("contacts")).hasSize(1);
  }

  @Test
  void givenNoSmartNumbers_theQueryAnswersAnEmptyList() {
    AppUser carol = AppUser.signUp(wire, sms, aNumber(), "DEMO");
    String token = carol.token(wire);
    Books.put(wire, token, "carol-phone", book(contact("x1", "X", national(aNumber()))));

    Reply found = wire.get("/smart/contacts/carol-phone", "Authorization", "Bearer " + token);

    assertThat(found.status()).isEqualTo(200);
    assertThat(found.body()).isEqualTo("{\"smartContacts\":[]}");
  }
}
