package dev.switchboard.adapter.sip.stack;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls in progress of one kind (web callback, bridged call-through), and their ending at
 * shutdown: every live call is asked to hang up, then the set is awaited, bounded in time.
 *
 * @param <C> the call type
 */
public final class LiveCalls<C> {
  private static final Logger LOG = LoggerFactory.getLogger(LiveCalls.class);
  private final Set<C> live = ConcurrentHashMap.newKeySet();
  private final String kind;
  private final long waitMillis;

  /**
   * @param kind what the calls are, for the log ("web callback", "bridged call-through")
   * @param waitMillis how long {@link #endAll} waits for the calls to end
   */
  public LiveCalls(String kind, long waitMillis) {
    this.kind = kind;
    this.waitMillis = waitMillis;
  }

  public void add(C call) {
    live.add(call);
  }

  public void remove(C call) {
    live.remove(call);
  }

  public int size() {
    return live.size();
  }

  /** Hangs up every live call and waits (at most {@code waitMillis}) until they are over. */
  public void endAll(Consumer<C> hangUp) {
    List<C> calls = List.copyOf(live);
    if (calls.isEmpty()) {
      return;
    }
    LOG.info("Ending {} live {} call(s) before SIP stops", calls.size(), kind);
    calls.forEach(hangUp);
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
    while (!live.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!live.isEmpty()) {
      LOG.warn("{} {} call(s) did not end within {} ms", live.size(), kind, waitMillis);
    }
  }
}
