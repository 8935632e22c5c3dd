package dev.switchboard.application.port.in.smart;

import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DeviceId;
import java.util.Objects;

/** Query: the smart contacts in {@code device}'s book of {@code principal}. */
public record FindSmartContactsQuery(Principal principal, DeviceId device) {
  public FindSmartContactsQuery {
    Objects.requireNonNull(principal, "'principal' must not be null");
    Objects.requireNonNull(device, "'device' must not be null");
  }
}
