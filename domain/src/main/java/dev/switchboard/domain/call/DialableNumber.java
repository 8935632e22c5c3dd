package dev.switchboard.domain.call;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number a call can be placed to, as the app sent it: either international ({@code +} and
 * 2 to 15 digits, e.g. {@code +15551231234}) or a dialable digit string without {@code +}
 * (1 to 20 digits, e.g. {@code 12345}, a short or national number the trunk routes). Spaces,
 * dashes, dots and parentheses are removed; anything else is refused.
 */
public record DialableNumber(String value) {
  private static final Pattern VALID = Pattern.compile("\\+[1-9][0-9]{1,14}|[0-9]{1,20}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
  private static final int MAX_RAW_LENGTH = 64;

  public DialableNumber {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + shown(value) + "' is not a dialable number "
          + "(digits, or + and the country code and number)");
    }
  }

  /** Reads a number as the app sent it, removing visual separators. */
  public static DialableNumber parse(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    if (raw.length() > MAX_RAW_LENGTH) {
      throw new IllegalArgumentException("A number has at most " + MAX_RAW_LENGTH + " characters");
    }
    String cleaned = SEPARATORS.matcher(raw.strip()).replaceAll("");
    if (!VALID.matcher(cleaned).matches()) {
      throw new IllegalArgumentException("'" + shown(raw) + "' is not a dialable number "
          + "(digits, or + and the country code and number)");
    }
    return new DialableNumber(cleaned);
  }

  /** True for {@code +} numbers (E.164 form). */
  public boolean international() {
    return value.startsWith("+");
  }

  /** The digits without {@code +}. */
  public String digits() {
    return international() ? value.substring(1) : value;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String shown(String raw) {
    String s = raw.length() > 32 ? raw.substring(0, 32) + "…" : raw;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
