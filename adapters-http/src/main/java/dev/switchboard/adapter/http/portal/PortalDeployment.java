package dev.switchboard.adapter.http.portal;

import dev.switchboard.domain.tenant.CloudId;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a Switchboard deployment is reachable by the apps, and for which app: the public base URL
 * (behind the TLS-terminating proxy) and the app's Cloud ID.
 */
public record PortalDeployment(String baseUrl, CloudId cloudId) {

  public PortalDeployment {
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
