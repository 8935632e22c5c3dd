package dev.switchboard.application.service.callback;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.domain.call.LegRole;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of web callback: callbacks per account per period, concurrent callbacks per account,
 * which leg is placed first, and the caller ID each party sees (templates with {@code
 * %destination%}, {@code %callback%}, {@code %username%}; empty = the trunk's default).
 */
public record CallbackSettings(RateLimit perAccount, int maxConcurrentPerAccount,
    LegRole firstLeg, String destinationCallerId, String callbackCallerId) {
  public static final CallbackSettings DEFAULT = new CallbackSettings(
      new RateLimit(10, Duration.ofMinutes(10)), 2, LegRole.DESTINATION, "%callback%",
      "%destination%");

  public CallbackSettings {
    Objects.requireNonNull(perAccount, "'perAccount' must not be null");
    Objects.requireNonNull(firstLeg, "'firstLeg' must not be null");
    Objects.requireNonNull(destinationCallerId, "'destinationCallerId' must not be null");
    Objects.requireNonNull(callbackCallerId, "'callbackCallerId' must not be null");
    if (maxConcurrentPerAccount < 1) {
      throw new IllegalArgumentException("At least one concurrent callback per account");
    }
  }
}
