package dev.switchboard.adapter.http.portal;

import java.util.Objects;

/**
 * One setting of the app portal: its key (the prefKey / Account XML node name), the portal's label
 * for it, and the value to paste, with the app's {@code %placeholders%} left in.
 */
public record PortalSetting(String key, String label, String value) {

  public PortalSetting {
    Objects.requireNonNull(key, "'key' must not be null");
    Objects.requireNonNull(label, "'label' must not be null");
    Objects.requireNonNull(value, "'value' must not be null");
  }
}
