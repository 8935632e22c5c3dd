package dev.switchboard.adapter.http.webhook;

import dev.switchboard.adapter.http.common.HttpDates;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Reads {@code Retry-After}: delay seconds or an HTTP date; anything else is ignored. */
final class RetryAfter {
  private RetryAfter() {}

  static Optional<Duration> parse(Optional<String> header, Instant now) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String v = header.get().strip();
    if (v.matches("[0-9]{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    return HttpDates.parse(v).map(at -> Duration.between(now, at))
        .filter(d -> !d.isNegative());
  }
}
