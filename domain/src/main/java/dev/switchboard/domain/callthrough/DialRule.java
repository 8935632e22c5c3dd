package dev.switchboard.domain.callthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One ordered dial-string rule: which targets it matches (country calling codes, prefixes,
 * length in digits; an empty criterion matches everything) and how they are dialled (a pool of
 * access numbers and a template). A template without {@code %targetNumber%} makes the rule
 * DTMF-less: the service remembers the target in a reservation.
 *
 * @param countryCallingCodes targets whose country calling code is one of these (international
 *     targets only); empty: any
 * @param prefixes targets that start with one of these, written as sent ({@code +44},
 *     {@code 00}); empty: any
 */
public record DialRule(String name, Set<Integer> countryCallingCodes, List<String> prefixes,
    int minDigits, int maxDigits, List<AccessNumber> accessNumbers, DialStringTemplate template) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
  private static final Pattern PREFIX = Pattern.compile("\\+?[0-9]{1,16}");
  public static final int MAX_DIGITS = 32;

  public DialRule {
    Objects.requireNonNull(name, "'name' must not be null");
    Objects.requireNonNull(template, "'template' must not be null");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a rule name (letters, digits, "
          + "'_', '.', '-')");
    }
    countryCallingCodes = Set.copyOf(countryCallingCodes == null ? Set.of() : countryCallingCodes);
    prefixes = List.copyOf(prefixes == null ? List.of() : prefixes);
    accessNumbers = List.copyOf(accessNumbers == null ? List.of() : accessNumbers);
    for (String prefix : prefixes) {
      if (!PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("Dial rule '" + name + "': prefix '" + prefix
            + "' is not digits with an optional leading +");
      }
    }
    for (int code : countryCallingCodes) {
      if (code < 1 || code > 999) {
        throw new IllegalArgumentException("Dial rule '" + name + "': " + code
            + " is not a country calling code");
      }
    }
    if (minDigits < 1 || maxDigits > MAX_DIGITS || minDigits > maxDigits) {
      throw new IllegalArgumentException("Dial rule '" + name + "': length " + minDigits + ".."
          + maxDigits + " is not within 1.." + MAX_DIGITS);
    }
    if (accessNumbers.isEmpty()) {
      throw new IllegalArgumentException("Dial rule '" + name + "' has no access number");
    }
    if (Set.copyOf(accessNumbers).size() != accessNumbers.size()) {
      throw new IllegalArgumentException("Dial rule '" + name + "' lists an access number twice");
    }
  }

  /**
   * A country as configured: a calling code ({@code 44}, {@code +44}) or an ISO 3166 region
   * ({@code GB}; {@code US} and {@code CA} both mean +1, the NANP shares one code).
   */
  public static int countryCallingCode(String country) {
    String c = country.strip();
    if (c.matches("\\+?[0-9]{1,3}")) {
      return Integer.parseInt(c.startsWith("+") ? c.substring(1) : c);
    }
    int code = c.matches("[A-Za-z]{2}") ? com.google.i18n.phonenumbers.PhoneNumberUtil
        .getInstance().getCountryCodeForRegion(c.toUpperCase(java.util.Locale.ROOT)) : 0;
    if (code == 0) {
      throw new IllegalArgumentException("'" + country + "' is neither a country calling code "
          + "(44) nor an ISO 3166 country (GB)");
    }
    return code;
  }

  /** True when the dial string does not carry the target (no DTMF): a reservation is needed. */
  public boolean dtmfLess() {
    return !template.carriesTarget();
  }

  public boolean matches(TargetNumber target) {
    int length = target.digits().length();
    if (length < minDigits || length > maxDigits) {
      return false;
    }
    if (!prefixes.isEmpty() && prefixes.stream().noneMatch(p -> target.value().startsWith(p))) {
      return false;
    }
    return countryCallingCodes.isEmpty() || target.countryCallingCode().stream()
        .anyMatch(countryCallingCodes::contains);
  }

  /**
   * The access numbers in the order to try for a caller: the caller's previous one first (sticky),
   * then those in the caller's country, then the rest, each group in pool order.
   */
  public List<AccessNumber> candidatesFor(int callerCallingCode, Optional<AccessNumber> previous) {
    List<AccessNumber> ordered = new ArrayList<>(accessNumbers.size());
    previous.filter(accessNumbers::contains).ifPresent(ordered::add);
    for (AccessNumber a : accessNumbers) {
      if (a.countryCallingCode() == callerCallingCode && !ordered.contains(a)) {
        ordered.add(a);
      }
    }
    for (AccessNumber a : accessNumbers) {
      if (!ordered.contains(a)) {
        ordered.add(a);
      }
    }
    return List.copyOf(ordered);
  }
}
