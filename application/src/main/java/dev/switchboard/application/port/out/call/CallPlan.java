package dev.switchboard.application.port.out.call;

import dev.switchboard.domain.call.CallId;
import java.util.List;
import java.util.Objects;

/** A call to set up: the first leg is placed first, the second once the first answered. */
public record CallPlan(CallId id, PlannedLeg first, PlannedLeg second) {
  public CallPlan {
    Objects.requireNonNull(id, "'id' must not be null");
    Objects.requireNonNull(first, "'first' must not be null");
    Objects.requireNonNull(second, "'second' must not be null");
    if (first.role() == second.role()) {
      throw new IllegalArgumentException("The two legs must call different parties");
    }
  }

  public List<PlannedLeg> legs() {
    return List.of(first, second);
  }
}
