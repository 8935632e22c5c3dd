package dev.switchboard.domain.contact;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The contact-discovery allowance of one user: numbers new to the user's books are charged
 * against a bucket that starts full ({@code capacity}) and refills {@code refillPerHour}.
 * Re-uploading known numbers costs nothing. Immutable and versioned.
 */
public record DiscoveryBudget(double tokens, Instant updatedAt, long version) {

  /** The limits of the bucket. */
  public record Policy(int capacity, int refillPerHour) {
    public static final Policy DEFAULT = new Policy(50_000, 500);

    public Policy {
      if (capacity < 1 || refillPerHour < 1) {
        throw new IllegalArgumentException("Discovery capacity and refill must be positive");
      }
    }
  }

  public DiscoveryBudget {
    Objects.requireNonNull(updatedAt, "'updatedAt' must not be null");
  }

  public static DiscoveryBudget fresh(Policy policy, Instant now) {
    return new DiscoveryBudget(policy.capacity(), now, 0);
  }

  /** Tokens available at {@code now}, refilled since the last charge, at most the capacity. */
  public double available(Policy policy, Instant now) {
    double hours = Math.max(0, Duration.between(updatedAt, now).toMillis()) / 3_600_000.0;
    return Math.min(policy.capacity(), tokens + hours * policy.refillPerHour());
  }

  /** How long until {@code cost} tokens are available; zero when they are now. */
  public Duration waitFor(int cost, Policy policy, Instant now) {
    double missing = cost - available(policy, now);
    if (missing <= 0) {
      return Duration.ZERO;
    }
    if (cost > policy.capacity()) {
      return Duration.ofDays(3650);
    }
    return Duration.ofSeconds((long) Math.ceil(missing * 3600.0 / policy.refillPerHour()));
  }

  public DiscoveryBudget charged(int cost, Policy policy, Instant now) {
    return new DiscoveryBudget(available(policy, now) - cost, now, version + 1);
  }
}
