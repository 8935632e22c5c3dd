package dev.switchboard.adapter.sip.callthrough;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How call-through INVITEs are routed.
 *
 * @param accessNumbers the E.164 access numbers (DTMF-less rules) this handler answers for
 * @param trunkUriTemplate where a routed call goes, e.g. {@code sip:%targetNumber%@trunk.example.com};
 *     {@code %targetNumber%} is the reserved target ({@code +33142685300} or digits)
 * @param mode {@code redirect} (302 with Contact, the default); {@code b2bua} is reserved for
 *     staying in the path and is not implemented yet (refused at start)
 */
public record CallThroughSipSettings(Set<String> accessNumbers, String trunkUriTemplate,
    String mode) {
  public static final String TARGET = "%targetNumber%";

  public CallThroughSipSettings {
    accessNumbers = Set.copyOf(accessNumbers);
    Objects.requireNonNull(trunkUriTemplate, "'trunkUriTemplate' must not be null");
    mode = mode == null ? "redirect" : mode.strip().toLowerCase(Locale.ROOT);
    if (!trunkUriTemplate.matches("sips?:[^\\s<>\"]+") || !trunkUriTemplate.contains(TARGET)) {
      throw new IllegalArgumentException("switchboard.callthrough.sip.trunk-uri '"
          + trunkUriTemplate + "' must be a sip: or sips: URI containing " + TARGET
          + " (e.g. sip:%targetNumber%@trunk.example.com)");
    }
    if (!mode.equals("redirect")) {
      throw new IllegalArgumentException("switchboard.callthrough.sip.mode '" + mode
          + "' is not supported; use redirect (b2bua is not implemented yet)");
    }
  }

  /** The trunk URI for {@code target}. */
  public String trunkUri(String target) {
    return trunkUriTemplate.replace(TARGET, target);
  }
}
