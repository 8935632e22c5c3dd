package dev.switchboard.application.port.out.call;

import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import java.util.Objects;
import java.util.Optional;

/** One leg to place: whom it calls, and the caller ID that party should see (if any). */
public record PlannedLeg(LegRole role, DialableNumber number, Optional<String> callerId) {
  public PlannedLeg {
    Objects.requireNonNull(role, "'role' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(callerId, "'callerId' must not be null");
  }
}
