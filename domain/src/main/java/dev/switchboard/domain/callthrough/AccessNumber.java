package dev.switchboard.domain.callthrough;

import dev.switchboard.domain.phone.PhoneNumber;
import java.util.Objects;

/**
 * A local number the provider's users dial to reach the call-through service, in E.164. Only the
 * E.164 shape is checked, not libphonenumber validity: access numbers are the provider's own and
 * may lie in ranges libphonenumber calls invalid (the seed's {@code +15551231234}).
 *
 * @param countryCallingCode the number's country calling code (1, 44, 420…), 0 when unknown
 */
public record AccessNumber(PhoneNumber number, int countryCallingCode) {

  public AccessNumber {
    Objects.requireNonNull(number, "'number' must not be null");
  }

  /** Parses {@code +15551231234}; the country calling code is derived from the number. */
  public static AccessNumber parse(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    PhoneNumber number = new PhoneNumber(raw.strip());
    return new AccessNumber(number, TargetNumber.callingCodeOf(number.e164()).orElse(0));
  }

  public String e164() {
    return number.e164();
  }

  @Override
  public String toString() {
    return number.e164();
  }
}
