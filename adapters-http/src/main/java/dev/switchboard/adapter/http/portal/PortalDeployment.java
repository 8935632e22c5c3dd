package dev.switchboard.adapter.http.portal;

import dev.switchboard.domain.tenant.CloudId;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a Switchboard deployment is reachable by the apps, and for which app: the public base URL
 * (behind the TLS-terminating proxy), the app's Cloud ID, and the provider's receiver of smart
 * contact notifications.
 */
public record PortalDeployment(String baseUrl, CloudId cloudId, String notificationUrl) {
  /** Shown when the provider has not said where its smart contact receiver is. */
  public static final String EXAMPLE_RECEIVER = "https://receiver.example.com/smart-contacts";

  public PortalDeployment(String baseUrl, CloudId cloudId) {
    this(baseUrl, cloudId, EXAMPLE_RECEIVER);
  }

  public PortalDeployment {
    Objects.requireNonNull(notificationUrl, "'notificationUrl' must not be null");
    if (!notificationUrl.matches("(?i)https?://[^\\s]+")) {
      throw new IllegalArgumentException("notification URL '" + notificationUrl
          + "' must be an http(s) URL");
    }
    Objects.requireNonNull(baseUrl, "'baseUrl' must not be null");
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base URL '" + baseUrl + "' is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null
        || uri.getQuery() != null || uri.getFragment() != null) {
      throw new IllegalArgumentException("base URL '" + baseUrl
          + "' must be http(s)://host[:port][/path] without query or fragment");
    }
    baseUrl = baseUrl.replaceAll("/+$", "");
  }

  /** Whether passwords may be put into templates (the app sends them only over HTTPS). */
  public boolean secure() {
    return baseUrl.regionMatches(true, 0, "https:", 0, 6);
  }

  String url(String path) {
    return baseUrl + path;
  }
}
