package dev.switchboard.adapter.sip.callthrough;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How call-through INVITEs are routed.
 *
 * @param accessNumbers the E.164 access numbers (DTMF-less rules) this handler answers for
 * @param trunkUriTemplate where a routed call goes, e.g. {@code sip:%targetNumber%@trunk.example.com};
 *     {@code %targetNumber%} is the reserved target ({@code +33142685300} or digits)
 * @param mode {@code redirect} (302 with Contact, the default) or {@code b2bua} (Switchboard
 *     places the call to the trunk itself and stays in the signalling path)
 * @param authUsername b2bua: digest username towards the trunk (empty: no authentication)
 * @param authPassword b2bua: digest password towards the trunk
 * @param noAnswerTimeout b2bua: a trunk leg without a final answer by then is cancelled (408)
 * @param maxCallDuration b2bua: a bridged call is hung up on both sides after this long
 */
public record CallThroughSipSettings(Set<String> accessNumbers, String trunkUriTemplate,
    String mode, Optional<String> authUsername, Optional<String> authPassword,
    Duration noAnswerTimeout, Duration maxCallDuration) {
  public static final String TARGET = "%targetNumber%";
  public static final String REDIRECT = "redirect";
  public static final String B2BUA = "b2bua";

  public CallThroughSipSettings {
    accessNumbers = Set.copyOf(accessNumbers);
    Objects.requireNonNull(trunkUriTemplate, "'trunkUriTemplate' must not be null");
    Objects.requireNonNull(authUsername, "'authUsername' must not be null");
    Objects.requireNonNull(authPassword, "'authPassword' must not be null");
    Objects.requireNonNull(noAnswerTimeout, "'noAnswerTimeout' must not be null");
    Objects.requireNonNull(maxCallDuration, "'maxCallDuration' must not be null");
    mode = mode == null ? REDIRECT : mode.strip().toLowerCase(Locale.ROOT);
    if (!trunkUriTemplate.matches("sips?:[^\\s<>\"]+") || !trunkUriTemplate.contains(TARGET)) {
      throw new IllegalArgumentException("switchboard.callthrough.trunk-uri '"
          + trunkUriTemplate + "' must be a sip: or sips: URI containing " + TARGET
          + " (e.g. sip:%targetNumber%@trunk.example.com)");
    }
    if (!mode.equals(REDIRECT) && !mode.equals(B2BUA)) {
      throw new IllegalArgumentException("switchboard.callthrough.sip-mode '" + mode
          + "' is not supported; use redirect (302 with Contact) or b2bua (stay in the call)");
    }
    if (noAnswerTimeout.isNegative() || noAnswerTimeout.isZero()
        || maxCallDuration.isNegative() || maxCallDuration.isZero()) {
      throw new IllegalArgumentException("switchboard.callthrough.no-answer-timeout and "
          + "max-call-duration must be positive");
    }
  }

  /** Redirect or b2bua without trunk credentials, 60 s to answer, calls of at most 4 hours. */
  public CallThroughSipSettings(Set<String> accessNumbers, String trunkUriTemplate, String mode) {
    this(accessNumbers, trunkUriTemplate, mode, Optional.empty(), Optional.empty(),
        Duration.ofSeconds(60), Duration.ofHours(4));
  }

  /** True when Switchboard stays in the call as a back-to-back user agent. */
  public boolean b2bua() {
    return B2BUA.equals(mode);
  }

  /** The trunk URI for {@code target}. */
  public String trunkUri(String target) {
    return trunkUriTemplate.replace(TARGET, target);
  }
}
