package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpRequest;

/** Which error body a path gets: provisioning-style, app-service style, or admin JSON. */
public enum ErrorShape {
  /** {@code <error><message>…</message></error>}, always XML (the app requires it). */
  PROVISIONING,
  /** {@code <response><message>…</message></response>}, JSON or form, as negotiated. */
  SERVICE,
  /** {@code {"message":"…"}}: the admin API speaks JSON only. */
  ADMIN;

  public static ErrorShape of(HttpRequest<?> request) {
    String path = request.getPath();
    if (under(path, "/provisioning")) {
      return PROVISIONING;
    }
    if (under(path, "/admin")) {
      return ADMIN;
    }
    return SERVICE;
  }

  private static boolean under(String path, String root) {
    return path.equals(root) || path.startsWith(root + "/");
  }
}
