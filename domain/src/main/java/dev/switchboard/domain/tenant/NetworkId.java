package dev.switchboard.domain.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/** The subnetwork a user belongs to; defaults to the app's Cloud ID. */
public record NetworkId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");

  public NetworkId {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a Network ID");
    }
  }

  public static NetworkId of(CloudId cloudId) {
    return new NetworkId(cloudId.value());
  }

  @Override
  public String toString() {
    return value;
  }
}
