package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;

/** A request the wire layer refuses (unreadable body, missing parameter, too large, …). */
public final class WireException extends RuntimeException {
  private final HttpStatus status;
  private final String challenge;

  public WireException(HttpStatus status, String message) {
    this(status, message, null);
  }

  private WireException(HttpStatus status, String message, String challenge) {
    super(message, null, false, false);
    this.status = Objects.requireNonNull(status, "'status' must not be null");
    this.challenge = challenge;
  }

  public static WireException badRequest(String message) {
    return new WireException(HttpStatus.BAD_REQUEST, message);
  }

  /** 401 with a {@code WWW-Authenticate} challenge, e.g. {@code Basic realm="switchboard"}. */
  public static WireException unauthorized(String message, String challenge) {
    return new WireException(HttpStatus.UNAUTHORIZED, message,
        Objects.requireNonNull(challenge, "'challenge' must not be null"));
  }

  public HttpStatus status() {
    return status;
  }

  public Optional<String> challenge() {
    return Optional.ofNullable(challenge);
  }
}
