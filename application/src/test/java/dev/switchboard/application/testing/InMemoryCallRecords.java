package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.CallbackCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link CallRecords}. */
public final class InMemoryCallRecords implements CallRecords {
  private final Map<CallId, CallbackCall> calls = new ConcurrentHashMap<>();

  @Override
  public void save(CallbackCall call) {
    calls.put(call.id(), call);
  }

  @Override
  public Optional<CallbackCall> find(CallId id) {
    return Optional.ofNullable(calls.get(id));
  }

  /** Housekeeping: deletes up to {@code limit} calls that ended before {@code before}. */
  public synchronized int deleteEnded(Instant before, int limit) {
    List<CallId> ids = calls.values().stream()
        .filter(c -> c.state() == CallState.ENDED && c.endedAt() != null
            && c.endedAt().isBefore(before))
        .limit(limit).map(CallbackCall::id).toList();
    ids.forEach(calls::remove);
    return ids.size();
  }
}
