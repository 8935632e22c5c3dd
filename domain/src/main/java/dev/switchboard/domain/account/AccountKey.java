package dev.switchboard.domain.account;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name of a custom Account XML key ({@code x-cth-pin}, {@code callbackNumber}) that app
 * templates read back as {@code %account[key]%}. Keys Switchboard itself sets are reserved.
 */
public record AccountKey(String name) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z][A-Za-z0-9_\\-]{0,63}");
  private static final Set<String> RESERVED = Set.of(
      "title", "username", "password", "host", "transport", "cloud_username", "cloud_password",
      "networkId", "smsNumbers", "extProvUrl", "extProvInterval", "account", "error");

  public AccountKey {
    Objects.requireNonNull(name, "'name' must not be null");
    if (!VALID.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a key name (a letter, then letters, digits, '_' or '-'; at most 64)");
    }
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException("'" + name + "' is set by Switchboard and cannot be customised");
    }
  }

  /** Validates a value for a custom key: at most 256 characters, no control characters. */
  public static String checkValue(String value) {
    Objects.requireNonNull(value, "'value' must not be null");
    if (value.length() > 256 || value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("A key value has at most 256 printable characters");
    }
    return value;
  }
}
