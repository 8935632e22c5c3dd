package dev.switchboard.adapter.http.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.port.out.call.CallEventWebhook;
import dev.switchboard.domain.call.CallbackCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts call events to the provider's URL as JSON ({@code {"event":"bridged", ...record}}),
 * asynchronously, once, within a timeout; at most {@value #MAX_IN_FLIGHT} at a time (more are
 * dropped and logged). Failures never affect the call.
 */
public final class HttpCallEventWebhookAdapter implements CallEventWebhook {
  private static final Logger LOG = LoggerFactory.getLogger(HttpCallEventWebhookAdapter.class);
  private static final int MAX_IN_FLIGHT = 256;
  private final URI url;
  private final Duration timeout;
  private final ObjectMapper json;
  private final Clock clock;
  private final HttpClient client;
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);

  public HttpCallEventWebhookAdapter(URI url, Duration timeout, ObjectMapper json, Clock clock) {
    this.url = url;
    this.timeout = timeout;
    this.json = json;
    this.clock = clock;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void publish(String event, CallbackCall call) {
    if (!inFlight.tryAcquire()) {
      LOG.warn("Call webhook busy: {} event of call {} dropped", event, call.id());
      return;
    }
    String body;
    try {
      ObjectNode node = json.createObjectNode().put("event", event);
      node.setAll((ObjectNode) json.valueToTree(CallRecordResponse.of(call, clock.instant())));
      body = json.writeValueAsString(node);
    } catch (JsonProcessingException | RuntimeException e) {
      inFlight.release();
      LOG.warn("Call webhook: could not write the {} event: {}", event, e.toString());
      return;
    }
    HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "Switchboard")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .whenComplete((response, failure) -> {
          inFlight.release();
          if (failure != null) {
            LOG.warn("Call webhook {} for call {} failed: {}", event, call.id(), failure.toString());
          } else if (response.statusCode() / 100 != 2) {
            LOG.warn("Call webhook {} for call {} answered {}", event, call.id(),
                response.statusCode());
          }
        });
  }
}
