package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An error as the client sees it: status, a sentence for the user, optional Retry-After, and
 * for 401 the {@code WWW-Authenticate} challenge.
 */
public record HttpError(HttpStatus status, String message, OptionalLong retryAfterSeconds,
    Optional<String> challenge) {
  private static final int MAX_MESSAGE = 300;

  public HttpError {
    Objects.requireNonNull(status, "'status' must not be null");
    Objects.requireNonNull(retryAfterSeconds, "'retryAfterSeconds' must not be null");
    Objects.requireNonNull(challenge, "'challenge' must not be null");
    message = printable(Objects.requireNonNullElse(message, status.getReason()));
  }

  public HttpError(HttpStatus status, String message, OptionalLong retryAfterSeconds) {
    this(status, message, retryAfterSeconds, Optional.empty());
  }

  public HttpError(HttpStatus status, String message) {
    this(status, message, OptionalLong.empty(), Optional.empty());
  }

  /** Messages may quote client input: keep them short and free of control characters. */
  private static String printable(String message) {
    String cut =
        message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message;
    // Control and format characters (e.g. a right-to-left override) never reach the user.
    String clean = cut.replaceAll("[\\p{Cntrl}\\p{Cf}]", "?").strip();
    return clean.isEmpty() ? "The request failed." : clean;
  }
}
