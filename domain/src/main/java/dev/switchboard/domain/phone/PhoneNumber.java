package dev.switchboard.domain.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A valid phone number in E.164 form ({@code +15551231234}), the normalised form stored and
 * compared everywhere.
 */
public record PhoneNumber(String e164) {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern E164_INPUT = Pattern.compile("\\+[0-9]{1,20}");
  private static final int MAX_RAW_LENGTH = 64;
  /**
   * Numbers {@link #parseE164} recently found valid, by input: a sign-in parses the same number
   * in several requests, and libphonenumber's parse and validation is the costly part. Only
   * valid numbers are kept (the answer is a pure function of the input); bounded by emptying it
   * when full.
   */
  private static final int VALIDATED_LIMIT = 4_096;
  private static final Map<String, PhoneNumber> VALIDATED = new ConcurrentHashMap<>();

  public PhoneNumber {
    Objects.requireNonNull(e164, "'e164' must not be null");
    if (!E164.matcher(e164).matches()) {
      throw new IllegalArgumentException("'" + e164 + "' is not an E.164 phone number");
    }
  }

  /**
   * Parses a number the app sends in international format, strictly: a {@code +} followed by
   * digits, and valid according to libphonenumber.
   */
  public static PhoneNumber parseE164(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    String trimmed = raw.strip();
    if (!E164_INPUT.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(
          "'" + quote(raw) + "' is not a phone number in international format (e.g. +15551231234)");
    }
    PhoneNumber known = VALIDATED.get(trimmed);
    if (known != null) {
      return known;
    }
    PhoneNumber parsed = parse(trimmed, "ZZ");
    if (VALIDATED.size() >= VALIDATED_LIMIT) {
      VALIDATED.clear();
    }
    VALIDATED.put(trimmed, parsed);
    return parsed;
  }

  /**
   * Parses a number as a user typed it ({@code 555-610-6679}, {@code +420 276 285 602}), reading
   * national formats in {@code defaultRegion} (ISO 3166 alpha-2).
   */
  public static PhoneNumber parse(String raw, String defaultRegion) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    if (raw.length() > MAX_RAW_LENGTH) {
      throw new IllegalArgumentException("Phone number is longer than " + MAX_RAW_LENGTH + " characters");
    }
    try {
      Phonenumber.PhoneNumber parsed = UTIL.parse(raw, defaultRegion);
      if (!UTIL.isValidNumber(parsed)) {
        throw new IllegalArgumentException("'" + quote(raw) + "' is not a valid phone number");
      }
      return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      throw new IllegalArgumentException("'" + quote(raw) + "' is not a valid phone number");
    }
  }

  /** Loads libphonenumber's metadata so the first request does not pay for it. */
  public static void warmUp() {
    parseE164("+12025550123");
  }

  /** The ISO region this number belongs to, e.g. {@code US}; {@code ZZ} when unknown. */
  public String regionCode() {
    try {
      String region = UTIL.getRegionCodeForNumber(UTIL.parse(e164, "ZZ"));
      return region == null ? "ZZ" : region;
    } catch (NumberParseException e) {
      return "ZZ";
    }
  }

  /** The digits as a number: a compact index key. */
  public long digits() {
    return Long.parseLong(e164.substring(1));
  }

  @Override
  public String toString() {
    return e164;
  }

  private static String quote(String raw) {
    String shown = raw.length() > 32 ? raw.substring(0, 32) + "…" : raw;
    return shown.replaceAll("\\p{Cntrl}", "?");
  }
}
