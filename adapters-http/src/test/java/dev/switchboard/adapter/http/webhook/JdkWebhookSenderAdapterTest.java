package dev.switchboard.adapter.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.webhook.OutgoingWebhook;
import dev.switchboard.application.port.out.webhook.SendResult;
import dev.switchboard.application.testing.LocalWebhookReceiver;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.WebhookSecret;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook sender against a real local HTTP receiver. */
class JdkWebhookSenderAdapterTest {
  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final Instant AT = Instant.parse("2026-03-15T00:46:17Z");
  // Generous: the machine running the tests may be busy; the timeout test has its own sender.
  private final JdkWebhookSenderAdapter sender =
      new JdkWebhookSenderAdapter(Duration.ofSeconds(5), Duration.ofSeconds(10));
  private LocalWebhookReceiver receiver;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.close();
    }
  }

  private OutgoingWebhook webhook(String url, Optional<WebhookSecret> secret) {
    return new OutgoingWebhook(URI.create(url), "msg_abc", AT, PayloadFormat.XML,
        "<root><a>é</a></root>", secret);
  }

  @Test
  void posts_theBody_withStandardWebhooksHeaders_andAVerifiableSignature() throws Exception {
    receiver = LocalWebhookReceiver.start();

    SendResult result = sender.send(webhook(receiver.url("/hook"),
        Optional.of(WebhookSecret.parse(SECRET))));

    assertThat(result).isEqualTo(new SendResult.Answered(204, Optional.empty()));
    LocalWebhookReceiver.Received r = receiver.received().get(0);
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/hook");
    assertThat(r.body()).isEqualTo("<root><a>é</a></root>");
    assertThat(r.header("content-type")).isEqualTo("application/xml");
    assertThat(r.header("webhook-id")).isEqualTo("msg_abc");
    assertThat(r.header("webhook-timestamp")).isEqualTo(Long.toString(AT.getEpochSecond()));
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring(6)), "HmacSHA256"));
    String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
        ("msg_abc." + AT.getEpochSecond() + ".<root><a>é</a></root>")
            .getBytes(StandardCharsets.UTF_8)));
    assertThat(r.header("webhook-signature")).isEqualTo(expected);
  }

  @Test
  void withoutSecret_noSignatureHeaderIsSent() throws Exception {
    receiver = LocalWebhookReceiver.start();

    sender.send(webhook(receiver.url("/"), Optional.empty()));

    assertThat(receiver.received().get(0).header("webhook-signature")).isNull();
  }

  @Test
  void reportsTheStatus_andRetryAfterInSecondsOrAsADate() throws Exception {
    receiver = LocalWebhookReceiver.start().answering(r -> r.path().equals("/s")
        ? new LocalWebhookReceiver.Answer(503, Map.of("Retry-After", "7"))
        : new LocalWebhookReceiver.Answer(429, Map.of("Retry-After",
            "Sun, 15 Mar 2026 00:47:17 GMT")));

    assertThat(sender.send(webhook(receiver.url("/s"), Optional.empty())))
        .isEqualTo(new SendResult.Answered(503, Optional.of(Duration.ofSeconds(7))));
    assertThat(sender.send(webhook(receiver.url("/d"), Optional.empty())))
        .isEqualTo(new SendResult.Answered(429, Optional.of(Duration.ofSeconds(60))));
  }

  @Test
  void givenNobodyListening_isUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }

    SendResult result = sender.send(webhook("http://127.0.0.1:" + port + "/", Optional.empty()));

    assertThat(result).isInstanceOf(SendResult.Unreachable.class);
  }

  @Test
  void givenASlowReceiver_givesUpAfterTheTimeout() throws Exception {
    receiver = LocalWebhookReceiver.start().answering(r -> {
      try {
        Thread.sleep(8_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new LocalWebhookReceiver.Answer(204, Map.of());
    });
    long started = System.nanoTime();

    SendResult result = new JdkWebhookSenderAdapter(Duration.ofSeconds(2), Duration.ofMillis(800))
        .send(webhook(receiver.url("/"), Optional.empty()));

    assertThat(result).isInstanceOf(SendResult.Unreachable.class);
    assertThat(((SendResult.Unreachable) result).reason()).contains("no answer within 800 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }
}
