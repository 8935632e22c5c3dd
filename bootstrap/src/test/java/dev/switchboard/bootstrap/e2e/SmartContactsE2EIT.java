package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.bootstrap.e2e.RunningSwitchboard.enc;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.domain.phone.PhoneNumber;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Smart Contacts story over real HTTP, on H2 and PostgreSQL: two users provision, both upload
 * books holding each other's numbers in national format, one becomes smart, the other's smart
 * query finds it with the SIP URI, the messaging contact source marks it, and 304 works.
 */
class SmartContactsE2EIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private static String book(String contactId, PhoneNumber other) {
    return "{\"contacts\":[{\"contactId\":\"" + contactId + "\",\"displayName\":\"Friend\","
        + "\"contactEntries\":[{\"entryId\":\"tel:0\",\"label\":\"mobile\",\"type\":\"tel\","
        + "\"uri\":\"" + ContactFixtures.national(other) + "\"}]}]}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void twoUsers_oneBecomesSmart_theOtherSeesIt(Database database) throws Exception {
    PhoneNumber aliceNumber = AccountFixtures.aNumber();
    PhoneNumber bobNumber = AccountFixtures.aNumber();
    try (RunningSwitchboard sb = RunningSwitchboard.start(dataDir, database.properties())) {
      JsonNode alice = SignIn.provision(sb, aliceNumber.e164());
      JsonNode bob = SignIn.provision(sb, bobNumber.e164());
      String aliceToken = SignIn.token(sb, alice);
      String bobToken = SignIn.token(sb, bob);

      assertThat(sb.send("PUT", "/contacts/sync/alices-phone", "application/json",
          book("bob", bobNumber), "Authorization", "Bearer " + aliceToken).statusCode()).isEqualTo(200);
      assertThat(sb.send("PUT", "/contacts/sync/bobs-phone", "application/json",
          book("alice", aliceNumber), "Authorization", "Bearer " + bobToken).statusCode()).isEqualTo(200);
      String bobUri = "sip:" + bob.get("username").asText() + "@" + bob.get("host").asText();
      HttpResponse<String> smart = sb.send("POST", "/smart/entries", "application/json",
          "{\"sipUri\":\"" + bobUri + "\"}", "Authorization", "Bearer " + bobToken);
      assertThat(smart.statusCode()).as(smart.body()).isEqualTo(200);

      HttpResponse<String> found = sb.get("/smart/contacts/alices-phone",
          "Authorization", "Bearer " + aliceToken);
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      JsonNode smartContacts = JSON.readTree(found.body()).get("smartContacts");
      assertThat(smartContacts).hasSize(1);
      assertThat(smartContacts.get(0).get("contactId").asText()).isEqualTo("bob");
      assertThat(smartContacts.get(0).get("number").asText()).isEqualTo(bobNumber.e164());
      assertThat(smartContacts.get(0).get("sipUri").asText()).isEqualTo(bobUri);
      HttpResponse<String> bobSees = sb.get("/smart/contacts/bobs-phone",
          "Authorization", "Bearer " + bobToken);
      assertThat(bobSees.statusCode()).as(bobSees.body()).isEqualTo(200);
      assertThat(JSON.readTree(bobSees.body()).get("smartContacts")).as(bobSees.body()).isEmpty();

      String query = "/contacts?cloud_id=DEMO&username=" + enc(alice.get("username").asText())
          + "&password=" + enc(alice.get("password").asText());
      HttpResponse<String> contacts = sb.get(query);
      assertThat(contacts.statusCode()).as(contacts.body()).isEqualTo(200);
      JsonNode friend = JSON.readTree(contacts.body()).get("contacts").get(0);
      assertThat(friend.get("cloudUsername").asText()).isEqualTo(bob.get("username").asText());
      assertThat(friend.get("networkId").asText()).isEqualTo("DEMO");
      String lastModified = contacts.headers().firstValue("Last-Modified").orElseThrow();
      assertThat(sb.get(query, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);

      assertThat(sb.get("/smart/contacts/alices-phone", "Authorization", "Bearer " + "x".repeat(43))
          .statusCode()).isEqualTo(401);
    }
  }
}
