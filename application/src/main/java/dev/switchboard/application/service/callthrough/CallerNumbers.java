package dev.switchboard.application.service.callthrough;

import dev.switchboard.domain.phone.PhoneNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number from signalling ({@code +12025550123}, {@code 12025550123},
 * {@code 0012025550123}, {@code +1-202-555-0123}) as E.164, without a libphonenumber validity
 * check: matching is by exact digits against numbers already stored.
 */
final class CallerNumbers {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
  private static final Pattern DIGITS = Pattern.compile("[1-9][0-9]{6,14}");

  private CallerNumbers() {}

  static Optional<PhoneNumber> read(String raw) {
    if (raw == null || raw.length() > 64) {
      return Optional.empty();
    }
    String s = SEPARATORS.matcher(raw).replaceAll("");
    if (s.startsWith("+")) {
      s = s.substring(1);
    } else if (s.startsWith("00")) {
      s = s.substring(2);
    }
    return DIGITS.matcher(s).matches() ? Optional.of(new PhoneNumber("+" + s)) : Optional.empty();
  }
}
