package dev.switchboard.adapter.http.common;

import java.util.Objects;

/**
 * A service Switchboard depends on (e.g. a provider's External Authentication) failed or did not
 * answer: 503 with a sentence for the user; the detail is for the log only.
 */
public final class UnavailableException extends RuntimeException {
  private final String userMessage;

  public UnavailableException(String userMessage, String detail) {
    super(detail, null, false, false);
    this.userMessage = Objects.requireNonNull(userMessage, "'userMessage' must not be null");
  }

  /** The sentence shown to the user; never carries the detail. */
  public String userMessage() {
    return userMessage;
  }
}
