package dev.switchboard.domain.callthrough;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The number the user wants to call, as the app sends {@code %targetNumber%}: normally E.164
 * ({@code +15551231234}), but short or national digit strings ({@code 12345678}) are accepted
 * too. Visual separators are removed; libphonenumber validity is not required (dial rules, not
 * number plans, decide what may be dialled).
 */
public record TargetNumber(String value) {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern VALID = Pattern.compile("\\+?[0-9]{1,32}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
  private static final int MAX_RAW_LENGTH = 64;
  private static final Pattern PLAIN_E164 = Pattern.compile("\\+[1-9][0-9]{3,16}");
  private static final Set<Integer> CALLING_CODES = Set.copyOf(UTIL.getSupportedCallingCodes());
  private static final int MAX_CODE_LENGTH = 3;
  private static final int MIN_NATIONAL_LENGTH = 2;

  public TargetNumber {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + shown(value) + "' is not a number to call");
    }
  }

  /** Reads what the user typed: {@code +1 (555) 123-1234} becomes {@code +15551231234}. */
  public static TargetNumber parse(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    if (raw.length() > MAX_RAW_LENGTH) {
      throw new IllegalArgumentException("The number to call is longer than " + MAX_RAW_LENGTH
          + " characters");
    }
    return new TargetNumber(SEPARATORS.matcher(raw).replaceAll(""));
  }

  /** True for a number in international format (leading {@code +}). */
  public boolean isInternational() {
    return value.charAt(0) == '+';
  }

  /** The digits without a leading {@code +}. */
  public String digits() {
    return isInternational() ? value.substring(1) : value;
  }

  /** The country calling code of an international number (1, 44, 420…); empty otherwise. */
  public OptionalInt countryCallingCode() {
    return isInternational() ? callingCodeOf(value) : OptionalInt.empty();
  }

  /**
   * The country calling code of an E.164 string, without a validity check. Calling codes are a
   * prefix code, so for {@code +} and digits the code is the one prefix of 1 to 3 digits that
   * libphonenumber supports (what its parser does, without building a number); anything else
   * goes through the parser.
   */
  public static OptionalInt callingCodeOf(String e164) {
    if (PLAIN_E164.matcher(e164).matches()) {
      for (int length = 1; length <= MAX_CODE_LENGTH; length++) {
        int code = Integer.parseInt(e164, 1, 1 + length, 10);
        if (CALLING_CODES.contains(code)) {
          return e164.length() - 1 - length >= MIN_NATIONAL_LENGTH
              ? OptionalInt.of(code) : OptionalInt.empty();
        }
      }
      return OptionalInt.empty();
    }
    try {
      int code = UTIL.parse(e164, "ZZ").getCountryCode();
      return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
    } catch (NumberParseException e) {
      return OptionalInt.empty();
    }
  }

  @Override
  public String toString() {
    return value;
  }

  private static String shown(String raw) {
    String cut = raw.length() > 32 ? raw.substring(0, 32) + "…" : raw;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
