package dev.switchboard.domain.call;

import java.util.Objects;

/**
 * The outcome of a {@link DestinationPolicy} check: allowed, or denied with a sentence fit to
 * show to the app user.
 */
public record DestinationDecision(boolean allowed, String reason) {
  private static final DestinationDecision ALLOWED = new DestinationDecision(true, "");

  public DestinationDecision {
    Objects.requireNonNull(reason, "'reason' must not be null");
    if (!allowed && reason.isBlank()) {
      throw new IllegalArgumentException("A denial needs a reason");
    }
  }

  public static DestinationDecision allow() {
    return ALLOWED;
  }

  public static DestinationDecision deny(String reason) {
    return new DestinationDecision(false, reason);
  }
}
