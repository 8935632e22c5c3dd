package dev.switchboard.domain.verification;

import java.util.Objects;
import java.util.regex.Pattern;

/** A 6-digit verification PIN sent by SMS. Never logged: {@link #toString()} masks it. */
public record Pin(String digits) {
  public static final int LENGTH = 6;
  private static final Pattern VALID = Pattern.compile("[0-9]{6}");

  public Pin {
    Objects.requireNonNull(digits, "'digits' must not be null");
    if (!VALID.matcher(digits).matches()) {
      throw new IllegalArgumentException("A PIN has exactly 6 digits");
    }
  }

  /** The PIN whose value is {@code n mod 10^6}, zero-padded. */
  public static Pin fromNumber(long n) {
    // Zero-padded to six digits, as String.format("%06d", …) but without a Formatter per PIN.
    String digits = Long.toString(Math.floorMod(n, 1_000_000L));
    return new Pin("000000".substring(digits.length()) + digits);
  }

  public static boolean looksLikePin(String candidate) {
    return candidate != null && VALID.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return "Pin[******]";
  }
}
