package dev.switchboard.adapter.http.portal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One web service as the portal defines it (the Acrobits "web service definition": a group of
 * keys sharing a prefix, {@code …Url}, {@code …PostData}, {@code …ContentType}, {@code …Method}).
 *
 * @param name what the service is, as the portal calls it
 * @param where where in the portal (or Account XML) the keys go
 * @param url the URL template
 * @param method GET or POST, as the app will send it
 * @param postData the body template; empty for GET
 * @param contentType the request content type the app sends with {@code postData}
 * @param note one sentence for the operator (optional)
 */
public record PortalService(String name, String where, PortalSetting url, String method,
    Optional<PortalSetting> postData, Optional<PortalSetting> contentType,
    Optional<PortalSetting> methodSetting, String note) {

  public PortalService {
    Objects.requireNonNull(name, "'name' must not be null");
    Objects.requireNonNull(url, "'url' must not be null");
    if (!method.equals("GET") && !method.equals("POST")) {
      throw new IllegalArgumentException("method must be GET or POST, not '" + method + "'");
    }
  }

  /** Every setting to paste, in the portal's order: URL, method, post data, content type. */
  public List<PortalSetting> settings() {
    return java.util.stream.Stream.of(Optional.of(url), methodSetting, postData, contentType)
        .flatMap(Optional::stream).toList();
  }

  /** The request content type the app sends (only meaningful with post data). */
  public String requestContentType() {
    return contentType.map(PortalSetting::value).orElse(PortalTemplates.FORM);
  }
}
