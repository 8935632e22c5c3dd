package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.application.testing.LocalWebhookReceiver;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The new-smart-contact webhook end to end with a real local HTTP receiver, on H2 and
 * PostgreSQL: seed bodies, 204/200/500 handling, receiver down then up across a restart.
 */
class SmartContactWebhookE2EIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dataDir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private static Map<String, Object> props(Path dir, Database db, String url, String template,
      String type) {
    Map<String, Object> p = WebhookHarness.webhookProperties(dir, url, template, type);
    p.putAll(db.properties());
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void overHttp_bookUploaded_otherUserBecomesSmart_receiverGetsTheSeedJson_signed(Database db)
      throws Exception {
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start();
         RunningSwitchboard sb = RunningSwitchboard.start(dataDir,
             props(dataDir, db, receiver.url("/smartcontactnotification/"),
                 WebhookHarness.SEED_JSON, "application/json"))) {
      PhoneNumber aliceNumber = AccountFixtures.aNumber();
      PhoneNumber bobNumber = AccountFixtures.aNumber();
      JsonNode alice = SignIn.provision(sb, aliceNumber.e164());
      JsonNode bob = SignIn.provision(sb, bobNumber.e164());
      String aliceToken = SignIn.token(sb, alice);
      String bobToken = SignIn.token(sb, bob);
      String book = "{\"contacts\":[{\"contactId\":\"bob\",\"displayName\":\"Bob\","
          + "\"contactEntries\":[{\"entryId\":\"tel:0\",\"label\":\"mobile\",\"type\":\"tel\","
          + "\"uri\":\"" + ContactFixtures.national(bobNumber) + "\"}]}]}";
      assertThat(sb.send("PUT", "/contacts/sync/alices-phone", "application/json", book,
          "Authorization", "Bearer " + aliceToken).statusCode()).isEqualTo(200);
      String bobUri = "sip:" + bob.get("username").asText() + "@" + bob.get("host").asText();

      HttpResponse<String> smart = sb.send("POST", "/smart/entries", "application/json",
          "{\"sipUri\":\"" + bobUri + "\"}", "Authorization", "Bearer " + bobToken);
      assertThat(smart.statusCode()).as(smart.body()).isEqualTo(200);

      List<LocalWebhookReceiver.Received> got = receiver.await(1, 15_000);
      assertThat(got).hasSize(1);
      LocalWebhookReceiver.Received r = got.get(0);
      assertThat(r.path()).isEqualTo("/smartcontactnotification/");
      assertThat(r.header("content-type")).isEqualTo("application/json");
      JsonNode expected = JSON.readTree("{ \"newSmartNumber\" : \"" + bobNumber.e164() + "\", "
          + "\"networkId\" : \"DEMO\", \"newSmartUri\" : \"" + bobUri + "\", "
          + "\"interestedParties\" : [ { \"username\": \"" + alice.get("username").asText()
          + "\", \"device\": \"alices-phone\" } ] }");
      assertThat(JSON.readTree(r.body())).isEqualTo(expected);
      assertThat(r.header("webhook-signature")).isEqualTo(signature(r));
      awaitAdminDelivered(sb);
      // A second "become smart" only re-points the entry: no new notification.
      sb.send("POST", "/smart/entries", "application/json", "{\"sipUri\":\"" + bobUri + "\"}",
          "Authorization", "Bearer " + bobToken);
      Thread.sleep(500);
      assertThat(receiver.received()).hasSize(1);
    }
  }

  @Test
  void xmlTemplate_bodyMatchesTheSeedStructure_withRepeatedPartyElements() throws Exception {
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start();
         WebhookHarness sb = WebhookHarness.start(WebhookHarness.webhookProperties(dataDir,
             receiver.url("/hook"), WebhookHarness.SEED_XML, "application/xml"))) {
      PhoneNumber number = AccountFixtures.aNumber();
      Principal eric = sb.holder(number, "erics_iphone");
      Principal madelaine = sb.holder(number, "madelaines_android");

      Principal john = sb.becomeSmart(number);

      LocalWebhookReceiver.Received r = receiver.await(1, 15_000).get(0);
      assertThat(r.header("content-type")).isEqualTo("application/xml");
      Element root = xml(r.body()).getDocumentElement();
      assertThat(root.getTagName()).isEqualTo("root");
      assertThat(text(root, "new_smart_number")).isEqualTo(number.e164());
      assertThat(text(root, "network_id")).isEqualTo("DEMO");
      assertThat(text(root, "new_smart_uri")).isEqualTo(john.sipUri().value());
      NodeList parties = root.getElementsByTagName("interested_party");
      List<String> seen = new ArrayList<>();
      for (int i = 0; i < parties.getLength(); i++) {
        Element p = (Element) parties.item(i);
        assertThat(p.getParentNode().getNodeName()).isEqualTo("interested_parties");
        seen.add(text(p, "username") + "/" + text(p, "device"));
      }
      assertThat(seen).containsExactlyInAnyOrder(eric.username() + "/erics_iphone",
          madelaine.username() + "/madelaines_android");
    }
  }

  @Test
  void answers_204IsDelivered_200IsRejectedOnce_500IsRetriedUntil204() throws Exception {
    PhoneNumber ok = AccountFixtures.aNumber();
    PhoneNumber twoHundred = AccountFixtures.aNumber();
    PhoneNumber flaky = AccountFixtures.aNumber();
    int[] flakyCalls = {0};
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start();
         WebhookHarness sb = WebhookHarness.start(WebhookHarness.webhookProperties(dataDir,
             receiver.url("/hook"), WebhookHarness.SEED_JSON, "application/json"))) {
      receiver.answering(r -> {
        if (r.body().contains(twoHundred.e164())) {
          return new LocalWebhookReceiver.Answer(200, Map.of());
        }
        if (r.body().contains(flaky.e164())) {
          synchronized (flakyCalls) {
            return new LocalWebhookReceiver.Answer(++flakyCalls[0] <= 2 ? 500 : 204, Map.of());
          }
        }
        return new LocalWebhookReceiver.Answer(204, Map.of());
      });
      for (PhoneNumber n : List.of(ok, twoHundred, flaky)) {
        sb.holder(n, "phone");
        sb.becomeSmart(n);
      }

      awaitStatus(() -> sb.deliveryOf(flaky).stream().toList(), DeliveryStatus.DELIVERED);
      assertThat(sb.deliveryOf(ok).orElseThrow().status()).isEqualTo(DeliveryStatus.DELIVERED);
      WebhookDelivery rejected = sb.deliveryOf(twoHundred).orElseThrow();
      assertThat(rejected.status()).isEqualTo(DeliveryStatus.REJECTED);
      assertThat(rejected.lastStatusCode()).isEqualTo(200);
      WebhookDelivery retried = sb.deliveryOf(flaky).orElseThrow();
      assertThat(retried.attempts()).isEqualTo(3);
      List<String> flakyIds = receiver.received().stream()
          .filter(r -> r.body().contains(flaky.e164())).map(r -> r.header("webhook-id")).toList();
      assertThat(flakyIds).hasSize(3).containsOnly(retried.webhookId());
      assertThat(receiver.received().stream().filter(r -> r.body().contains(twoHundred.e164())))
          .hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void receiverDown_thenServiceRestarted_thenReceiverUp_theNotificationIsStillDelivered(
      Database db) throws Exception {
    int port = freePort();
    String url = "http://127.0.0.1:" + port + "/hook";
    PhoneNumber number = AccountFixtures.aNumber();
    String webhookId;
    Map<String, Object> props = props(dataDir, db, url, WebhookHarness.SEED_JSON,
        "application/json");
    props.put("switchboard.webhooks.retry-schedule", "2s,2s,2s,2s,2s,2s,2s");
    try (WebhookHarness first = WebhookHarness.start(props)) {
      first.holder(number, "phone");
      first.becomeSmart(number);
      WebhookDelivery failedOnce = awaitAttempt(first, number);
      assertThat(failedOnce.status()).isEqualTo(DeliveryStatus.PENDING);
      assertThat(failedOnce.lastError()).isNotEmpty();
      webhookId = failedOnce.webhookId();
    }
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.startOn(port);
         WebhookHarness second = WebhookHarness.start(props)) {
      List<LocalWebhookReceiver.Received> got = awaitBodyWith(receiver, number, 20_000);
      assertThat(got).extracting(r -> r.header("webhook-id")).containsExactly(webhookId);
      awaitStatus(() -> second.delivery(webhookId).stream().toList(), DeliveryStatus.DELIVERED);
    }
  }

  @Test
  void queuedWhileNoWorkerRuns_isDeliveredByTheNextInstanceOnTheSameDatabase() throws Exception {
    PhoneNumber number = AccountFixtures.aNumber();
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start()) {
      Map<String, Object> props = WebhookHarness.webhookProperties(dataDir,
          receiver.url("/hook"), WebhookHarness.SEED_JSON, "application/json");
      Map<String, Object> noWorker = new java.util.HashMap<>(props);
      noWorker.put("switchboard.webhooks.worker-enabled", false);
      try (WebhookHarness first = WebhookHarness.start(noWorker)) {
        first.holder(number, "phone");
        first.becomeSmart(number);
        Thread.sleep(500);
        assertThat(receiver.received()).isEmpty();
      }
      try (WebhookHarness second = WebhookHarness.start(props)) {
        assertThat(awaitBodyWith(receiver, number, 15_000)).hasSize(1);
      }
    }
  }

  private static List<LocalWebhookReceiver.Received> awaitBodyWith(LocalWebhookReceiver receiver,
      PhoneNumber number, long millis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + millis;
    List<LocalWebhookReceiver.Received> mine = List.of();
    while (System.currentTimeMillis() < deadline && mine.isEmpty()) {
      mine = receiver.received().stream().filter(r -> r.body().contains(number.e164())).toList();
      Thread.sleep(50);
    }
    return mine;
  }

  private static WebhookDelivery awaitAttempt(WebhookHarness sb, PhoneNumber number)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      var d = sb.deliveryOf(number);
      if (d.isPresent() && d.get().attempts() >= 1 && d.get().lastAttemptAt().isPresent()) {
        return d.get();
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no attempt recorded for " + number);
  }

  private static void awaitStatus(Supplier<List<WebhookDelivery>> read, DeliveryStatus status)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 15_000;
    List<WebhookDelivery> last = List.of();
    while (System.currentTimeMillis() < deadline) {
      last = read.get();
      if (!last.isEmpty() && last.stream().allMatch(d -> d.status() == status)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("expected " + status + " but was " + last);
  }

  /** Polls the admin API until the newest delivery is delivered. */
  private static void awaitAdminDelivered(RunningSwitchboard sb) throws Exception {
    long deadline = System.currentTimeMillis() + 15_000;
    String last = "";
    while (System.currentTimeMillis() < deadline) {
      HttpResponse<String> r = sb.get("/admin/webhooks/deliveries?limit=1",
          "Authorization", "Bearer " + RunningSwitchboard.ADMIN_TOKEN);
      last = r.body();
      JsonNode d = JSON.readTree(last).get("deliveries");
      if (d.size() == 1 && "delivered".equals(d.get(0).get("status").asText())) {
        assertThat(d.get(0).get("lastStatusCode").asInt()).isEqualTo(204);
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("not delivered: " + last);
  }

  private static String signature(LocalWebhookReceiver.Received r) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(
        WebhookHarness.SECRET.substring("whsec_".length())), "HmacSHA256"));
    String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
    return "v1," + Base64.getEncoder().encodeToString(
        mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }

  private static Document xml(String body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
  }

  private static String text(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    assertThat(list.getLength()).as(tag).isEqualTo(1);
    return list.item(0).getTextContent();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

}
