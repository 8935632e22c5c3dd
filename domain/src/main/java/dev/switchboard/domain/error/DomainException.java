package dev.switchboard.domain.error;

import java.util.Objects;

/** Base of business-rule failures; the message is a sentence fit to show to an app user. */
public abstract class DomainException extends RuntimeException {
  private final ErrorCode code;

  protected DomainException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "'code' must not be null");
  }

  public ErrorCode code() {
    return code;
  }
}
