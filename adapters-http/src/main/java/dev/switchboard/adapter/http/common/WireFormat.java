package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import java.util.List;
import java.util.Optional;

/** The body formats the app-facing services speak, and the one place that negotiates them. */
public enum WireFormat {
  XML("application/xml"),
  JSON("application/json"),
  FORM("application/x-www-form-urlencoded");

  private final String mediaType;

  WireFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The exact {@code Content-Type} value the app compares against. */
  public String mediaType() {
    return mediaType;
  }

  /** The first format the {@code Accept} header names (by quality), else {@code fallback}. */
  public static WireFormat negotiate(HttpRequest<?> request, WireFormat fallback) {
    List<String> accept = request.getHeaders().getAll(HttpHeaders.ACCEPT);
    if (accept.isEmpty()) {
      return fallback;
    }
    try {
      for (MediaType type : MediaType.orderedOf(accept)) {
        Optional<WireFormat> format = of(type);
        if (format.isPresent()) {
          return format.get();
        }
      }
    } catch (IllegalArgumentException malformedAccept) {
      return fallback;
    }
    return fallback;
  }

  /** The format of a request body's media type, if it is one of ours. */
  public static Optional<WireFormat> of(MediaType type) {
    String sub = type.getSubtype();
    if (type.getType().equals("application") && sub.equals("x-www-form-urlencoded")) {
      return Optional.of(FORM);
    }
    if (type.getType().equals("application") && (sub.equals("json") || sub.endsWith("+json"))) {
      return Optional.of(JSON);
    }
    boolean xmlType = type.getType().equals("application") || type.getType().equals("text");
    if (xmlType && (sub.equals("xml") || sub.endsWith("+xml"))) {
      return Optional.of(XML);
    }
    return Optional.empty();
  }
}
