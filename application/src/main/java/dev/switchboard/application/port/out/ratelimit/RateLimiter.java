package dev.switchboard.application.port.out.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Driven port that counts events per key (a client address, a username) against a limit. */
public interface RateLimiter {

  /** Takes one permit for {@code key}; empty when granted, else how long until one is free. */
  Optional<Duration> tryAcquire(String key, RateLimit limit, Instant now);

  /** Without taking a permit: empty when one is free now, else how long until one is. */
  Optional<Duration> blocked(String key, RateLimit limit, Instant now);
}
