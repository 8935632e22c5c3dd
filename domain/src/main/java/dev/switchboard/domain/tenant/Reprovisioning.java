package dev.switchboard.domain.tenant;

import java.time.Duration;
import java.util.Objects;

/** Tells the app to provision again from {@code url} every {@code interval}. */
public record Reprovisioning(String url, Duration interval) {
  public Reprovisioning {
    Objects.requireNonNull(url, "'url' must not be null");
    Objects.requireNonNull(interval, "'interval' must not be null");
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException("Re-provisioning URL '" + url + "' must be http(s)");
    }
    if (interval.toSeconds() < 60) {
      throw new IllegalArgumentException("Re-provisioning interval must be at least 60 seconds");
    }
  }
}
