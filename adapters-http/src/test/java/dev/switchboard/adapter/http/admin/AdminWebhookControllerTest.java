package dev.switchboard.adapter.http.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.InMemoryWebhookOutbox;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.PayloadFormat;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AdminWebhookControllerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @Inject EmbeddedServer server;
  @Inject InMemoryWebhookOutbox outbox;
  @Inject MutableClock clock;

  private Reply admin(String method, String path, String... auth) {
    String[] headers = auth.length > 0 ? auth
        : new String[] {"Authorization", "Bearer " + AdminAccountControllerTest.TOKEN};
    return new Wire(server).send(method, path, null, null, headers);
  }

  private long failedDelivery() {
    String id = "msg_" + UUID.randomUUID();
    outbox.enqueue(List.of(new NewDelivery(id, new CloudId("DEMO"), AccountFixtures.aNumber(), 3,
        PayloadFormat.JSON, "{}", clock.instant())));
    ClaimedDelivery c = outbox.claimDue(clock.instant(), 1_000, clock.instant().plusSeconds(60))
        .stream().filter(d -> d.webhookId().equals(id)).findFirst().orElseThrow();
    outbox.record(List.of(new AttemptOutcome(c.id(), c.attempt(), DeliveryStatus.FAILED,
        clock.instant(), Optional.empty(), 503, "HTTP 503; gave up after 8 attempts")));
    return c.id();
  }

  @Test
  void listByStatus_showsTheFailedDelivery_thenReplayMakesItPending() throws Exception {
    long id = failedDelivery();

    Reply failed = admin("GET", "/admin/webhooks/deliveries?status=failed");
    assertThat(failed.status()).as(failed.body()).isEqualTo(200);
    JsonNode row = find(JSON.readTree(failed.body()).get("deliveries"), id);
    assertThat(row.get("status").asText()).isEqualTo("failed");
    assertThat(row.get("parties").asInt()).isEqualTo(3);
    assertThat(row.get("lastStatusCode").asInt()).isEqualTo(503);

    Reply replayed = admin("POST", "/admin/webhooks/deliveries/" + id + "/replay");
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    Reply pending = admin("GET", "/admin/webhooks/deliveries?status=pending&limit=1000");
    assertThat(find(JSON.readTree(pending.body()).get("deliveries"), id).get("attempts").asInt())
        .isZero();
    Reply again = admin("POST", "/admin/webhooks/deliveries/" + id + "/replay");
    assertThat(again.status()).isEqualTo(404);
    assertThat(again.body()).contains("no failed or rejected webhook delivery");
  }

  @Test
  void badStatusOrLimit_is400_andNoToken_is401() {
    assertThat(admin("GET", "/admin/webhooks/deliveries?status=lost").status()).isEqualTo(400);
    assertThat(admin("GET", "/admin/webhooks/deliveries?limit=0").status()).isEqualTo(400);
    assertThat(admin("POST", "/admin/webhooks/deliveries/abc/replay").status()).isEqualTo(400);
    assertThat(admin("GET", "/admin/webhooks/deliveries", "X-None", "1").status())
        .isEqualTo(401);
  }

  private static JsonNode find(JsonNode deliveries, long id) {
    for (JsonNode d : deliveries) {
      if (d.get("id").asLong() == id) {
        return d;
      }
    }
    throw new AssertionError("delivery " + id + " not listed in " + deliveries);
  }
}
