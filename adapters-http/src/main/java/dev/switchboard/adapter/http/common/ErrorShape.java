package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpRequest;

/** Which error body a path gets: provisioning-style, app-service style, or JSON. */
public enum ErrorShape {
  /** {@code <error><message>…</message></error>}, always XML (the app requires it). */
  PROVISIONING,
  /** {@code <response><message>…</message></response>}, JSON or form, as negotiated. */
  SERVICE,
  /** {@code {"message":"…"}}: the admin API speaks JSON only. */
  ADMIN,
  /** {@code {"message":"…"}}: Switchboard's own JSON API (contacts, Smart Contacts). */
  API,
  /** {@code {"message":"…","error":"invalid_grant"}}: the OAuth2-style token endpoints. */
  OAUTH;

  public static ErrorShape of(HttpRequest<?> request) {
    String path = request.getPath();
    if (under(path, "/provisioning")) {
      return PROVISIONING;
    }
    if (under(path, "/admin")) {
      return ADMIN;
    }
    if (under(path, "/sso")) {
      return OAUTH;
    }
    if (under(path, "/contacts") || under(path, "/smart")) {
      return API;
    }
    return SERVICE;
  }

  /** The OAuth2 {@code error} code (RFC 6749 §5.2) that goes with a status. */
  static String oauthCode(int status) {
    return switch (status) {
      case 401, 403 -> "invalid_grant";
      case 429, 503 -> "temporarily_unavailable";
      default -> status >= 500 ? "server_error" : "invalid_request";
    };
  }

  private static boolean under(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}
