package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpStatus;
import java.util.Objects;

/** A request the wire layer refuses (unreadable body, missing parameter, too large, …). */
public final class WireException extends RuntimeException {
  private final HttpStatus status;

  public WireException(HttpStatus status, String message) {
    super(message, null, false, false);
    this.status = Objects.requireNonNull(status, "'status' must not be null");
  }

  public static WireException badRequest(String message) {
    return new WireException(HttpStatus.BAD_REQUEST, message);
  }

  public HttpStatus status() {
    return status;
  }
}
