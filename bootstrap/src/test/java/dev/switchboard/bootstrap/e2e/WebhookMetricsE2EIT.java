package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.webhook.DeliveryStatus;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smart contact notification is delivered to a real receiver (answering 204); {@code
 * /prometheus} then shows the delivery outcome and the queue depth per status.
 */
class WebhookMetricsE2EIT {

  @TempDir
  Path dataDir;

  @Test
  void afterADelivery_theDeliveryCounterAndQueueGaugesShowIt() throws Exception {
    AtomicInteger received = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", exchange -> {
      exchange.getRequestBody().readAllBytes();
      received.incrementAndGet();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    try (WebhookHarness harness = WebhookHarness.start(WebhookHarness.webhookProperties(dataDir,
        url, WebhookHarness.SEED_JSON, "application/json"))) {
      EmbeddedServer server = harness.context().getBean(EmbeddedServer.class).start();
      PhoneNumber number = AccountFixtures.aNumber();
      harness.holder(number, "phone");
      harness.becomeSmart(number);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (harness.deliveryOf(number).map(d -> d.status() != DeliveryStatus.DELIVERED)
          .orElse(true) && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertThat(received.get()).isEqualTo(1);
      Thread.sleep(5_100); // the queue gauge reads the database at most every 5 s

      HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(server.getURL() + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(scrape.statusCode()).isEqualTo(200);
      Scrape metrics = new Scrape(scrape.body());
      assertThat(metrics.value("switchboard_webhook_deliveries_total", "outcome=\"delivered\""))
          .as(scrape.body()).isEqualTo(1);
      assertThat(metrics.value("switchboard_webhook_deliveries_total", "outcome=\"failed\""))
          .isZero();
      assertThat(scrape.body()).contains("switchboard_webhook_queue{status=\"pending\"} 0.0")
          .contains("switchboard_webhook_queue{status=\"failed\"} 0.0");
    } finally {
      receiver.stop(0);
    }
  }
}
