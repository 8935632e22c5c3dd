package dev.switchboard.domain.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/** The Cloud ID of a provider's app; the unit of tenant isolation. */
public record CloudId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

  public CloudId {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "'" + shorten(value) + "' is not a Cloud ID (letters, digits, '.', '_', '-'; at most 64)");
    }
  }

  /** Reads a Cloud ID as the app sends it: a trailing {@code *} marks the test build. */
  public static CloudId fromApp(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    String value = raw.strip();
    return new CloudId(value.endsWith("*") ? value.substring(0, value.length() - 1) : value);
  }

  @Override
  public String toString() {
    return value;
  }

  private static String shorten(String raw) {
    String s = raw.length() > 32 ? raw.substring(0, 32) + "…" : raw;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
