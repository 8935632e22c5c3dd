package dev.switchboard.adapter.http.extauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.common.HardenedXml;
import dev.switchboard.adapter.http.common.UnavailableException;
import dev.switchboard.application.port.out.auth.CredentialVerifier;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks SIP credentials with the provider's External Authentication web service (POST form
 * {@code username}, {@code host}, {@code password}, {@code cloud_id}): 2xx = valid, 401/403 =
 * wrong; anything else, or no answer, is the service being unavailable (503), never "wrong".
 */
@Singleton
@Named("sso")
@Requires(property = "switchboard.smart-contacts.credential-source", value = "remote")
public final class HttpExternalAuthAdapter implements CredentialVerifier {
  static final String UNAVAILABLE = "The sign-in service is unavailable. Please try again shortly.";
  private static final Logger LOG = LoggerFactory.getLogger(HttpExternalAuthAdapter.class);
  private static final int MAX_ANSWER_BYTES = 64 * 1024;
  private final RemoteAuthSettings settings;
  private final HardenedXml xml;
  private final ObjectMapper json;
  private final HttpClient client;
  private final URI uri;

  public HttpExternalAuthAdapter(RemoteAuthSettings settings, HardenedXml xml, ObjectMapper json) {
    this.settings = settings;
    this.xml = xml;
    this.json = json;
    this.uri = URI.create(settings.url());
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.timeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  @Override
  public Optional<Principal> verify(CloudId cloudId, String username, Optional<String> host,
      String password) {
    SipUsername user = new SipUsername(username);
    HttpResponse<byte[]> response = post(cloudId, username, host, password);
    int status = response.statusCode();
    byte[] body = response.body();
    if (status == 401 || status == 403) {
      return Optional.empty();
    }
    if (status < 200 || status > 299) {
      throw unavailable("answered HTTP " + status);
    }
    ExternalAuthAnswer answer;
    try {
      answer = ExternalAuthAnswer.parse(body, response.headers().firstValue("Content-Type"),
          xml, json);
    } catch (RuntimeException e) {
      throw unavailable("gave an unreadable answer (HTTP " + status + ")");
    }
    if (answer.skipped() > 0) {
      LOG.warn("External Authentication gave {} invalid number(s) for {}; skipped",
          answer.skipped(), user);
    }
    return Optional.of(new Principal(cloudId, NetworkId.of(cloudId), user, answer.numbers(),
        sipUri(answer, username, host)));
  }

  private static SipUri sipUri(ExternalAuthAnswer answer, String username, Optional<String> host) {
    if (answer.sipUri().isPresent()) {
      return SipUri.parse(answer.sipUri().get());
    }
    String domain = host.filter(h -> !h.isBlank()).orElseThrow(() -> new IllegalArgumentException(
        "The sign-in service gave no SIP URI: send the SIP domain as 'host'."));
    return SipUri.parse(username + "@" + domain.strip());
  }

  private HttpResponse<byte[]> post(CloudId cloudId, String username, Optional<String> host,
      String password) {
    String form = "username=" + encode(username) + "&host=" + encode(host.orElse(""))
        + "&password=" + encode(password) + "&cloud_id=" + encode(cloudId.value());
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(settings.timeout())
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/xml, application/json;q=0.9")
        .header("User-Agent", "Switchboard")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
        .build();
    CompletableFuture<HttpResponse<byte[]>> exchange =
        client.sendAsync(request, info -> new BoundedBody(MAX_ANSWER_BYTES));
    try {
      // One deadline for the whole exchange: a body that trickles in must not hold a thread.
      return exchange.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      exchange.cancel(true);
      throw unavailable("did not answer within " + settings.timeout().toMillis() + " ms");
    } catch (ExecutionException e) {
      // Only the class name: messages of some IO failures quote the request.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw unavailable(cause instanceof BoundedBody.TooLarge ? "answered too much"
          : "could not be reached (" + cause.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      exchange.cancel(true);
      Thread.currentThread().interrupt();
      throw unavailable("call was interrupted");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static UnavailableException unavailable(String detail) {
    return new UnavailableException(UNAVAILABLE, "External Authentication " + detail);
  }
}
