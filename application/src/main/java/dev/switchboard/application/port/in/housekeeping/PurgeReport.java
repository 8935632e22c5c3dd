package dev.switchboard.application.port.in.housekeeping;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one purge deleted: rows per {@link RecordKind} (every kind present, zero when none).
 *
 * @param complete false when some kind hit the run's batch bound and has rows left for the next run
 */
public record PurgeReport(Map<RecordKind, Long> purged, boolean complete) {
  public PurgeReport {
    Objects.requireNonNull(purged, "'purged' must not be null");
    EnumMap<RecordKind, Long> all = new EnumMap<>(RecordKind.class);
    for (RecordKind kind : RecordKind.values()) {
      all.put(kind, purged.getOrDefault(kind, 0L));
    }
    purged = Collections.unmodifiableMap(all);
  }

  public long count(RecordKind kind) {
    return purged.get(kind);
  }

  public long total() {
    return purged.values().stream().mapToLong(Long::longValue).sum();
  }
}
