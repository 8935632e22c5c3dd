package dev.switchboard.domain.call;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of a {@link DestinationPolicy}. Country calling codes are numbers ({@code 1},
 * {@code 44}); prefixes are digit strings matched against the E.164 digits of international
 * numbers ({@code 1900}, {@code 44870}) and against the digits of numbers without {@code +}.
 * Denied number types are libphonenumber {@code PhoneNumberType} names.
 *
 * @param allowedCountryCodes when not empty, only these country codes may be called
 * @param deniedCountryCodes never called (checked after the allow list)
 * @param allowedPrefixes always allowed, overriding every denial (an operator's exception)
 * @param deniedPrefixes never called
 * @param deniedTypes number types refused when libphonenumber knows the number
 * @param allowNonInternational whether numbers without {@code +} may be called at all
 * @param deniedLocalPrefixes prefixes refused on numbers without {@code +} (international
 *     access codes such as {@code 00}, {@code 011} would bypass the country rules)
 */
public record DestinationRules(Set<Integer> allowedCountryCodes, Set<Integer> deniedCountryCodes,
    List<String> allowedPrefixes, List<String> deniedPrefixes, Set<String> deniedTypes,
    boolean allowNonInternational, List<String> deniedLocalPrefixes) {
  private static final Pattern PREFIX = Pattern.compile("[0-9]{1,15}");

  /**
   * The default: every country except the international networks and premium services often
   * abused for toll fraud (870, 881, 882, 883, 979); premium-rate, shared-cost, personal,
   * pager and voicemail-access ranges denied; numbers without {@code +} allowed unless they
   * start with an international access code.
   */
  public static final DestinationRules DEFAULT = new DestinationRules(Set.of(),
      Set.of(870, 881, 882, 883, 979), List.of(), List.of(),
      Set.of("PREMIUM_RATE", "SHARED_COST", "PERSONAL_NUMBER", "PAGER", "VOICEMAIL"),
      true, List.of("00", "011"));

  public DestinationRules {
    allowedCountryCodes = Set.copyOf(Objects.requireNonNull(allowedCountryCodes, "'allowedCountryCodes' must not be null"));
    deniedCountryCodes = Set.copyOf(Objects.requireNonNull(deniedCountryCodes, "'deniedCountryCodes' must not be null"));
    allowedPrefixes = checked(allowedPrefixes, "allowedPrefixes");
    deniedPrefixes = checked(deniedPrefixes, "deniedPrefixes");
    deniedTypes = Set.copyOf(Objects.requireNonNull(deniedTypes, "'deniedTypes' must not be null"));
    deniedLocalPrefixes = checked(deniedLocalPrefixes, "deniedLocalPrefixes");
    for (int code : allowedCountryCodes) {
      checkCode(code);
    }
    for (int code : deniedCountryCodes) {
      checkCode(code);
    }
  }

  private static List<String> checked(List<String> prefixes, String name) {
    Objects.requireNonNull(prefixes, "'" + name + "' must not be null");
    for (String p : prefixes) {
      if (p == null || !PREFIX.matcher(p).matches()) {
        throw new IllegalArgumentException("'" + p + "' in " + name + " is not a digit prefix");
      }
    }
    return List.copyOf(prefixes);
  }

  private static void checkCode(int code) {
    if (code < 1 || code > 999) {
      throw new IllegalArgumentException("'" + code + "' is not a country calling code");
    }
  }
}
