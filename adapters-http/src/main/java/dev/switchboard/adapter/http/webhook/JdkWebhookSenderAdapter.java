package dev.switchboard.adapter.http.webhook;

import dev.switchboard.application.port.out.webhook.OutgoingWebhook;
import dev.switchboard.application.port.out.webhook.SendResult;
import dev.switchboard.application.port.out.webhook.WebhookSender;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts webhooks with the JDK HTTP client (HTTP/1.1, kept-alive connections), bounded by a
 * connect timeout and an overall time limit per request. The answer's body is discarded.
 */
public final class JdkWebhookSenderAdapter implements WebhookSender {
  static final String USER_AGENT = "Switchboard-Webhooks/1.0";
  private final HttpClient client;
  private final Duration timeout;

  public JdkWebhookSenderAdapter(Duration connectTimeout, Duration timeout) {
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.timeout = timeout;
  }

  @Override
  public SendResult send(OutgoingWebhook w) {
    long timestamp = w.timestamp().getEpochSecond();
    HttpRequest.Builder request = HttpRequest.newBuilder(w.url()).timeout(timeout)
        .header("Content-Type", w.format().mediaType())
        .header("User-Agent", USER_AGENT)
        .header("webhook-id", w.webhookId())
        .header("webhook-timestamp", Long.toString(timestamp))
        .POST(HttpRequest.BodyPublishers.ofString(w.body()));
    w.secret().ifPresent(s -> request.header("webhook-signature",
        WebhookSignature.sign(s, w.webhookId(), timestamp, w.body())));
    CompletableFuture<HttpResponse<Void>> call =
        client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
    try {
      HttpResponse<Void> response = call.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
      return new SendResult.Answered(response.statusCode(), RetryAfter.parse(
          response.headers().firstValue("Retry-After"), w.timestamp()));
    } catch (TimeoutException e) {
      call.cancel(true);
      return new SendResult.Unreachable("no answer within " + timeout.toMillis() + " ms");
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      return new SendResult.Unreachable("interrupted");
    } catch (ExecutionException e) {
      return new SendResult.Unreachable(reason(e.getCause()));
    }
  }

  private String reason(Throwable t) {
    if (t instanceof HttpTimeoutException) {
      return "no answer within " + timeout.toMillis() + " ms";
    }
    if (t instanceof ConnectException) {
      return "connection refused or unreachable";
    }
    String message = Optional.ofNullable(t.getMessage()).orElse("");
    return t.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }
}
