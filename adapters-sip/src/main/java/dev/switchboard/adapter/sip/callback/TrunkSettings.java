package dev.switchboard.adapter.sip.callback;

import dev.switchboard.domain.call.LegRole;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How calls reach the phone network: the trunk's URI template ({@code %number%} is replaced by
 * the dialled number), optionally one template per leg, the transport, digest credentials for
 * the trunk, and the timers that guarantee every dialog ends.
 *
 * @param uriTemplate e.g. {@code sip:%number%@127.0.0.1:5070}
 * @param destinationUriTemplate overrides {@code uriTemplate} for the destination leg
 * @param callbackUriTemplate overrides {@code uriTemplate} for the callback leg
 * @param transport {@code udp} or {@code tcp}
 * @param authUsername digest username towards the trunk (empty: no authentication)
 * @param authPassword digest password towards the trunk
 * @param noAnswerTimeout a leg not answered by then is cancelled
 * @param maxCallDuration a bridged call is ended after this long
 */
public record TrunkSettings(String uriTemplate, Optional<String> destinationUriTemplate,
    Optional<String> callbackUriTemplate, String transport, Optional<String> authUsername,
    Optional<String> authPassword, Duration noAnswerTimeout, Duration maxCallDuration) {

  public TrunkSettings {
    Objects.requireNonNull(uriTemplate, "'uriTemplate' must not be null");
    Objects.requireNonNull(destinationUriTemplate, "'destinationUriTemplate' must not be null");
    Objects.requireNonNull(callbackUriTemplate, "'callbackUriTemplate' must not be null");
    Objects.requireNonNull(authUsername, "'authUsername' must not be null");
    Objects.requireNonNull(authPassword, "'authPassword' must not be null");
    Objects.requireNonNull(noAnswerTimeout, "'noAnswerTimeout' must not be null");
    Objects.requireNonNull(maxCallDuration, "'maxCallDuration' must not be null");
    for (String t : new String[] {uriTemplate, destinationUriTemplate.orElse(uriTemplate),
        callbackUriTemplate.orElse(uriTemplate)}) {
      if (!t.startsWith("sip:") || !t.contains("%number%")) {
        throw new IllegalArgumentException(
            "A trunk URI template starts with sip: and contains %number%, e.g. sip:%number%@127.0.0.1:5070");
      }
    }
    if (!transport.equalsIgnoreCase("udp") && !transport.equalsIgnoreCase("tcp")) {
      throw new IllegalArgumentException("The trunk transport is udp or tcp");
    }
    if (noAnswerTimeout.isNegative() || noAnswerTimeout.isZero()
        || maxCallDuration.isNegative() || maxCallDuration.isZero()) {
      throw new IllegalArgumentException("Timeouts must be positive");
    }
  }

  /** The Request-URI for a leg calling {@code number}. */
  public String uriFor(LegRole role, String number) {
    String template = role == LegRole.DESTINATION
        ? destinationUriTemplate.orElse(uriTemplate)
        : callbackUriTemplate.orElse(uriTemplate);
    return template.replace("%number%", number);
  }
}
