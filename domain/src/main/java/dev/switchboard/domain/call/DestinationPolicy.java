package dev.switchboard.domain.call;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a call may be placed to a number (web callback, call-through): allow and deny
 * lists by country calling code and by digit prefix, plus number types (premium rate, shared
 * cost, …) denied because they are classic toll-fraud targets.
 *
 * <p>Order: an allowed prefix wins over everything; then denied prefixes; then, for numbers
 * with {@code +}, the country code (it is known whenever the digits start with an assigned
 * code, even when libphonenumber rates the number itself invalid, e.g. +1 555 fictional
 * numbers) and, when libphonenumber knows the number, its type. Numbers without {@code +} are
 * passed to the trunk as dialled (short and national numbers) unless configured otherwise.
 */
public final class DestinationPolicy {
  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
  private final DestinationRules rules;

  public DestinationPolicy(DestinationRules rules) {
    this.rules = Objects.requireNonNull(rules, "'rules' must not be null");
  }

  public DestinationRules rules() {
    return rules;
  }

  /** The decision for {@code number}; a denial carries a user-facing sentence. */
  public DestinationDecision check(DialableNumber number) {
    String digits = number.digits();
    if (startsWithAny(digits, rules.allowedPrefixes())) {
      return DestinationDecision.allow();
    }
    if (startsWithAny(digits, rules.deniedPrefixes())) {
      return denied(number);
    }
    return number.international() ? checkInternational(number) : checkLocal(number);
  }

  private DestinationDecision checkLocal(DialableNumber number) {
    if (!rules.allowNonInternational()) {
      return DestinationDecision.deny("Please dial " + number
          + " in international format, with + and the country code.");
    }
    if (startsWithAny(number.digits(), rules.deniedLocalPrefixes())) {
      return DestinationDecision.deny("Please dial international numbers with + and the "
          + "country code instead of " + number.digits().substring(0, 2) + "….");
    }
    return DestinationDecision.allow();
  }

  private DestinationDecision checkInternational(DialableNumber number) {
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = UTIL.parse(number.value(), "ZZ");
    } catch (NumberParseException e) {
      return DestinationDecision.deny(number + " is not a number we can call.");
    }
    int code = parsed.getCountryCode();
    if (!rules.allowedCountryCodes().isEmpty() && !rules.allowedCountryCodes().contains(code)) {
      return DestinationDecision.deny("Calls to country code +" + code + " are not allowed.");
    }
    if (rules.deniedCountryCodes().contains(code)) {
      return DestinationDecision.deny("Calls to country code +" + code + " are not allowed.");
    }
    if (!rules.deniedTypes().isEmpty() && UTIL.isValidNumber(parsed)) {
      PhoneNumberType type = UTIL.getNumberType(parsed);
      if (rules.deniedTypes().contains(type.name())) {
        return DestinationDecision.deny("Calls to " + describe(type) + " numbers such as "
            + number + " are not allowed.");
      }
    }
    return DestinationDecision.allow();
  }

  private static DestinationDecision denied(DialableNumber number) {
    return DestinationDecision.deny("Calls to " + number + " are not allowed.");
  }

  private static boolean startsWithAny(String digits, List<String> prefixes) {
    for (String p : prefixes) {
      if (digits.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(PhoneNumberType type) {
    return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
