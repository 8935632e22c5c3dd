package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of authentication: failure limits per username and per client address, and how long
 * an access token lives.
 */
public record AuthSettings(RateLimit failuresPerUsername, RateLimit failuresPerClient,
    Duration tokenLifetime) {
  public static final AuthSettings DEFAULT = new AuthSettings(
      new RateLimit(10, Duration.ofMinutes(15)), new RateLimit(100, Duration.ofHours(1)),
      Duration.ofHours(24));

  public AuthSettings {
    Objects.requireNonNull(failuresPerUsername, "'failuresPerUsername' must not be null");
    Objects.requireNonNull(failuresPerClient, "'failuresPerClient' must not be null");
    Objects.requireNonNull(tokenLifetime, "'tokenLifetime' must not be null");
    if (tokenLifetime.toSeconds() < 60) {
      throw new IllegalArgumentException("Token lifetime must be at least a minute");
    }
  }
}
