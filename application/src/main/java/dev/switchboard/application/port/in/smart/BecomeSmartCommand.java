package dev.switchboard.application.port.in.smart;

import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.smart.SipUri;
import java.util.Objects;

/** Command: the token's account may be reached at {@code sipUri}. */
public record BecomeSmartCommand(Principal principal, SipUri sipUri) {
  public BecomeSmartCommand {
    Objects.requireNonNull(principal, "'principal' must not be null");
    Objects.requireNonNull(sipUri, "'sipUri' must not be null");
  }
}
