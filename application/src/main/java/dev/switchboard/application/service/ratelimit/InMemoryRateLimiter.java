package dev.switchboard.application.service.ratelimit;

import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets per key, held in this process (limits are per instance). The number of keys is
 * bounded: the least recently used bucket is forgotten first.
 */
public final class InMemoryRateLimiter implements RateLimiter {
  private final Map<String, Bucket> buckets;

  public InMemoryRateLimiter(int maxKeys) {
    this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > maxKeys;
      }
    };
  }

  @Override
  public synchronized Optional<Duration> tryAcquire(String key, RateLimit limit, Instant now) {
    Bucket bucket = refilled(key, limit, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Optional.empty();
    }
    return Optional.of(waitFor(bucket, limit));
  }

  @Override
  public synchronized Optional<Duration> blocked(String key, RateLimit limit, Instant now) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return Optional.empty();
    }
    bucket = refilled(key, limit, now);
    return bucket.tokens >= 1 ? Optional.empty() : Optional.of(waitFor(bucket, limit));
  }

  private Bucket refilled(String key, RateLimit limit, Instant now) {
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limit.permits(), now));
    double elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos());
    bucket.tokens = Math.min(limit.permits(), bucket.tokens + elapsed / nanosPerPermit(limit));
    bucket.updated = now;
    return bucket;
  }

  private static Duration waitFor(Bucket bucket, RateLimit limit) {
    return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerPermit(limit)));
  }

  private static double nanosPerPermit(RateLimit limit) {
    return (double) limit.period().toNanos() / limit.permits();
  }

  private static final class Bucket {
    private double tokens;
    private Instant updated;

    private Bucket(double tokens, Instant updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
