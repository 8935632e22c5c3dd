package dev.switchboard.domain.contact;

import java.util.Objects;
import java.util.regex.Pattern;

/** Identifies one device (installation) of a user; each device has its own address book. */
public record DeviceId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]{0,127}");

  public DeviceId {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + Texts.shown(value)
          + "' is not a device id (letters, digits, '_', '.', ':', '-'; at most 128)");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
