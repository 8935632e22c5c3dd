package dev.switchboard.adapter.http.sms;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Settings of the generic HTTP SMS gateway ({@code switchboard.sms.http.*}).
 *
 * @param url gateway URL; may hold placeholders (URL-encoded when expanded)
 * @param method {@code POST} (default) or {@code GET}
 * @param bodyTemplate POST body with {@code %to%}, {@code %to_digits%}, {@code %text%}; the
 *     default suits the content type
 * @param contentType {@code application/x-www-form-urlencoded} (default), {@code application/json}
 *     or {@code text/plain}; decides how values are escaped
 * @param authHeader value of the {@code Authorization} header, if any (never logged)
 * @param successCodes HTTP statuses that mean "accepted"
 * @param timeout connect and response timeout
 */
@ConfigurationProperties("switchboard.sms.http")
@Requires(property = "switchboard.sms.adapter", value = "http")
public record HttpSmsSettings(
    String url,
    @Bindable(defaultValue = "POST") String method,
    @Nullable String bodyTemplate,
    @Bindable(defaultValue = "application/x-www-form-urlencoded") String contentType,
    @Nullable String authHeader,
    @Bindable(defaultValue = "200,201,202,204") List<Integer> successCodes,
    @Bindable(defaultValue = "5s") Duration timeout) {

  public HttpSmsSettings {
    Objects.requireNonNull(url, "'switchboard.sms.http.url' must be set");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("switchboard.sms.http.url must be an http(s) URL");
    }
    method = method == null ? "POST" : method.strip().toUpperCase(Locale.ROOT);
    if (!method.equals("POST") && !method.equals("GET")) {
      throw new IllegalArgumentException("switchboard.sms.http.method must be POST or GET");
    }
    contentType = contentType == null ? "application/x-www-form-urlencoded" : contentType.strip();
    SmsTemplate.Escaping escaping = SmsTemplate.Escaping.forContentType(contentType);
    if (bodyTemplate == null || bodyTemplate.isBlank()) {
      bodyTemplate = escaping.defaultBody();
    }
    successCodes = List.copyOf(successCodes == null || successCodes.isEmpty()
        ? List.of(200, 201, 202, 204) : successCodes);
    timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("switchboard.sms.http.timeout must be positive");
    }
  }

  /** Settings with the defaults for everything but the URL. */
  public static HttpSmsSettings of(String url) {
    return new HttpSmsSettings(url, null, null, null, null, null, null);
  }

  @Override
  public String toString() {
    return "HttpSmsSettings[" + method + " " + url + ", " + contentType + ", auth="
        + (authHeader == null ? "none" : "***") + "]";
  }
}
