package dev.switchboard.adapter.http.contact;

import static dev.switchboard.adapter.http.support.Books.book;
import static dev.switchboard.adapter.http.support.Books.contact;
import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.adapter.http.support.AppUser;
import dev.switchboard.adapter.http.support.Books;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ContactSyncControllerTest {
  @Inject EmbeddedServer server;
  @Inject RecordingSmsGateway sms;
  @Inject MutableClock clock;
  @Inject InMemoryAddressBooks books;
  Wire wire;
  String token;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
    clock.advance(Duration.ofHours(25));
    token = AppUser.signUp(wire, sms, aNumber(), "DEMO").token(wire);
  }

  @Test
  void givenDelta_patch_upsertsAndDeletes() {
    Books.put(wire, token, "phone", book(contact("1", "One", "(202) 555-0101"),
        contact("2", "Two", "(202) 555-0102")));

    Reply reply = Books.patch(wire, token, "phone", "{\"contacts\":["
        + contact("3", "Three", "(202) 555-0103") + "],\"deleted\":[\"1\",\"unknown\"]}");

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("contacts").asInt()).isEqualTo(2);
    assertThat(reply.json().path("numbers").asInt()).isEqualTo(2);
    assertThat(reply.json().path("newNumbers").asInt()).isEqualTo(1);
  }

  @Test
  void givenDeletedOnFullUpload_put_is400() {
    Reply reply = Books.put(wire, token, "phone", "{\"contacts\":[],\"deleted\":[\"1\"]}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.message()).isEqualTo("A full upload (PUT) has no 'deleted'; use PATCH.");
  }

  @Test
  void givenWrongTypes_put_is400NamingFieldAndIndex() {
    ObjectNode bad = contact("2", "Two");
    bad.put("company", 12);

    assertThat(Books.put(wire, token, "phone", book(contact("1", "One"), bad)).message())
        .isEqualTo("contacts[1].company must be a string.");
    assertThat(Books.put(wire, token, "phone", "{\"contacts\":[{\"contactId\":7}]}").message())
        .isEqualTo("contacts[0].contactId must be a string.");
    assertThat(Books.put(wire, token, "phone", "{\"contacts\":[{\"contactId\":\"1\","
        + "\"contactEntries\":[{\"entryId\":\"e\",\"type\":\"fax\",\"uri\":\"1\"}]}]}").message())
        .isEqualTo("contacts[0].contactEntries[0]: Entry type 'fax' is not tel, email or url");
  }

  @Test
  void givenTwentyThousandContacts_put_fitsTheLimitAndIsStored() {
    StringBuilder body = new StringBuilder("{\"contacts\":[");
    for (int i = 0; i < 20_000; i++) {
      ObjectNode c = contact("contact-" + i, "Firstname Lastname " + i,
          "(202) 555-" + String.format("%04d", i % 500));
      c.withArray("contactEntries").addObject().put("entryId", "email:0").put("label", "home")
          .put("type", "email").put("uri", "first.last" + i + "@example.com");
      c.put("notes", "Met at the conference in 2024; likes long walks and short meetings.");
      body.append(i == 0 ? "" : ",").append(c);
    }
    byte[] bytes = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isLessThan(16 << 20);

    Reply reply = wire.send("PUT", "/contacts/sync/big-phone", "application/json", bytes,
        "Authorization", "Bearer " + token);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("contacts").asInt()).isEqualTo(20_000);
    assertThat(reply.json().path("numbers").asInt()).isEqualTo(500);
  }

  @Test
  void givenMoreContactsThanABookHolds_put_is413() {
    String tiny = "{\"contactId\":\"x\"},".repeat(20_001);
    String body = "{\"contacts\":[" + tiny.substring(0, tiny.length() - 1) + "]}";

    Reply reply = Books.put(wire, token, "phone", body);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.message()).isEqualTo("An upload holds at most 20000 contacts.");
  }

  @Test
  void givenBodyOverTheSyncLimit_put_is413WithMessage() {
    byte[] body = ("{\"contacts\":[],\"x\":\"" + "a".repeat(16 << 20) + "\"}")
        .getBytes(StandardCharsets.UTF_8);

    Reply reply = wire.send("PUT", "/contacts/sync/phone", "application/json", body,
        "Authorization", "Bearer " + token);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.message()).isEqualTo("The request body is larger than 16 MiB.");
  }

  @Test
  void givenDiscoveryAllowanceSpent_put_is429WithRetryAfter() {
    assertThat(Books.put(wire, token, "phone", manyNumbers(0, 600)).status()).isEqualTo(200);

    Reply reply = Books.put(wire, token, "tablet", manyNumbers(600, 1200));

    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).hasValue("7200");
    assertThat(reply.message()).startsWith("This upload adds 600 numbers that are new to your "
        + "address books").endsWith("Please try again in 2 hours.");
  }

  @Test
  void givenJsonWithUtf8Charset_put_isAccepted() {
    Reply reply = wire.send("PUT", "/contacts/sync/phone", "application/json; charset=UTF-8",
        book(contact("ü", "Jürgen Müller", "+49 30 901820")).getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + token);

    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    assertThat(reply.json().path("numbers").asInt()).isEqualTo(1);
  }

  @Test
  void givenNoContentType_put_is415() {
    Reply reply = wire.send("PUT", "/contacts/sync/phone", null,
        "{\"contacts\":[]}".getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);

    assertThat(reply.status()).isEqualTo(415);
    assertThat(reply.message()).isEqualTo("Send the body as application/json (UTF-8).");
  }

  private static String manyNumbers(int from, int to) {
    ObjectNode[] contacts = new ObjectNode[to - from];
    for (int i = from; i < to; i++) {
      contacts[i - from] = contact("n" + i, "N" + i, String.format("(202) 300-%04d", i));
    }
    return book(contacts);
  }
}
