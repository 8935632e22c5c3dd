package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.LocalWebhookReceiver;
import dev.switchboard.domain.phone.PhoneNumber;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Switchboard instances with delivery workers on one PostgreSQL: every queued notification
 * reaches the receiver exactly once, and both instances take part.
 */
class TwoWorkersWebhookE2EIT {
  private static final int EVENTS = 300;

  @TempDir
  Path dataDir;

  @Test
  void twoInstancesOnOnePostgres_deliverEachEventExactlyOnce() throws Exception {
    Database pg = Database.available().filter(d -> d.name().equals("PostgreSQL")).findFirst()
        .orElse(null);
    org.junit.jupiter.api.Assumptions.assumeTrue(pg != null,
        "PostgreSQL not configured (CI=true makes Database.available() fail instead)");
    try (LocalWebhookReceiver receiver = LocalWebhookReceiver.start()) {
      Map<String, Object> props = WebhookHarness.webhookProperties(dataDir,
          receiver.url("/hook"), WebhookHarness.SEED_JSON, "application/json");
      props.putAll(pg.properties());
      // Small claims keep both workers claiming all the time: the claims race for the same rows.
      props.put("switchboard.webhooks.claim-size", 3);
      props.put("switchboard.webhooks.concurrency", 3);
      Map<String, Object> producerProps = new HashMap<>(props);
      producerProps.put("switchboard.webhooks.worker-enabled", false);
      Set<String> numbers = new HashSet<>();
      try (WebhookHarness producer = WebhookHarness.start(producerProps)) {
        for (int i = 0; i < EVENTS; i++) {
          PhoneNumber n = AccountFixtures.aNumber();
          numbers.add(n.e164());
          producer.holder(n, "phone");
          producer.becomeSmart(n);
        }
      }
      // Same app, same database; each instance posts to its own path, so the receiver can tell
      // which instance delivered (the URL is read from the configuration at delivery time).
      Map<String, Object> propsA = new HashMap<>(props);
      propsA.put("switchboard.apps.demo.smart-contact-notification-url", receiver.url("/a"));
      Map<String, Object> propsB = new HashMap<>(props);
      propsB.put("switchboard.apps.demo.smart-contact-notification-url", receiver.url("/b"));
      try (WebhookHarness a = WebhookHarness.start(propsA);
           WebhookHarness b = WebhookHarness.start(propsB)) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && ours(receiver, numbers).size() < EVENTS) {
          Thread.sleep(100);
        }
        Thread.sleep(1_500);
        List<LocalWebhookReceiver.Received> got = ours(receiver, numbers);
        assertThat(got).hasSize(EVENTS);
        assertThat(got.stream().map(r -> r.header("webhook-id")).distinct()).hasSize(EVENTS);
        assertThat(got.stream().map(r -> number(r.body())).distinct()).hasSize(EVENTS);
        long deliveredByA = a.deliveries().stream().filter(d -> numbers.contains(
            d.number().e164())).count();
        assertThat(deliveredByA).as("both instances see all rows").isEqualTo(EVENTS);
        long viaA = got.stream().filter(r -> r.path().equals("/a")).count();
        long viaB = got.stream().filter(r -> r.path().equals("/b")).count();
        assertThat(viaA + viaB).isEqualTo(EVENTS);
        assertThat(viaA).as("instance A delivered some").isPositive();
        assertThat(viaB).as("instance B delivered some").isPositive();
      }
    }
  }

  private static List<LocalWebhookReceiver.Received> ours(LocalWebhookReceiver receiver,
      Set<String> numbers) {
    return receiver.received().stream().filter(r -> numbers.contains(number(r.body()))).toList();
  }

  private static String number(String body) {
    int i = body.indexOf("\"newSmartNumber\" : \"");
    if (i < 0) {
      return "";
    }
    int from = i + "\"newSmartNumber\" : \"".length();
    return body.substring(from, body.indexOf('"', from));
  }
}
