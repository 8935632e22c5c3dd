package dev.switchboard.adapter.http.sms;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.sms.SmsMessage;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends SMS through a generic HTTP gateway configured by URL, method, body template and
 * content type. Failure messages never contain the SMS text (it holds a PIN).
 */
@Singleton
@Requires(property = "switchboard.sms.adapter", value = "http")
public final class HttpSmsGatewayAdapter implements SmsGateway {
  private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGatewayAdapter.class);
  private final HttpSmsSettings settings;
  private final SmsTemplate.Escaping escaping;
  private final HttpClient client;

  public HttpSmsGatewayAdapter(HttpSmsSettings settings) {
    this.settings = settings;
    this.escaping = SmsTemplate.Escaping.forContentType(settings.contentType());
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public void send(SmsMessage message) {
    HttpRequest request = request(message);
    int status;
    try {
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      // The cause is left out on purpose: for GET its message may quote the URL, i.e. the text.
      throw new SmsDeliveryException(
          "SMS gateway could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SmsDeliveryException("Interrupted while sending an SMS");
    }
    if (!settings.successCodes().contains(status)) {
      throw new SmsDeliveryException("SMS gateway answered HTTP " + status);
    }
    LOG.info("SMS to {} accepted by the gateway (HTTP {})", message.to(), status);
  }

  private HttpRequest request(SmsMessage message) {
    URI uri;
    try {
      uri = URI.create(SmsTemplate.expand(settings.url(), message, SmsTemplate::urlComponent));
    } catch (IllegalArgumentException e) {
      throw new SmsDeliveryException("switchboard.sms.http.url is not a valid URL");
    }
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
        .timeout(settings.timeout())
        .header("User-Agent", "Switchboard");
    if (settings.authHeader() != null && !settings.authHeader().isBlank()) {
      builder.header("Authorization", settings.authHeader());
    }
    if (settings.method().equals("GET")) {
      return builder.GET().build();
    }
    String body = SmsTemplate.expand(settings.bodyTemplate(), message, escaping.escape());
    return builder.header("Content-Type", settings.contentType())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
