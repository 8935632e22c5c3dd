package dev.switchboard.domain.callthrough;

import java.util.Objects;

/**
 * The string the app hands to the native dialer, e.g. {@code +15551231234,,%account[x-cth-pin]%#12345678#};
 * it may still carry placeholders that the app expands.
 */
public record DialString(String value) {
  public DialString {
    Objects.requireNonNull(value, "'value' must not be null");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("A dial string must not be empty");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
