package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The b2bua mode's calls: starts a {@link BridgedCall} per routed INVITE, keeps the live ones,
 * reports each ended call to the {@link CallThroughSipEvents}, and ends every live call (BYE or
 * CANCEL on both sides) before the SIP stack stops, waiting a bounded time for them.
 */
public final class CallThroughBridge implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallThroughBridge.class);
  private static final long SHUTDOWN_WAIT_MILLIS = 5000;
  private final CallThroughSipSettings settings;
  private final CallThroughSipEvents events;
  private final Map<BridgedCall, Boolean> live = new ConcurrentHashMap<>();
  private final Set<SipEndpoint> hooked = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timers;

  public CallThroughBridge(CallThroughSipSettings settings, CallThroughSipEvents events) {
    this.settings = settings;
    this.events = events;
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setName("sip-bridge-timers");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    this.timers = executor;
  }

  /** Bridges the caller's INVITE (already routed to {@code target}) through the trunk. */
  void bridge(RequestEvent event, ServerTransaction transaction, SipEndpoint endpoint,
      String target) {
    if (hooked.add(endpoint)) {
      endpoint.beforeStop(this::endAll);
    }
    BridgedCall call = new BridgedCall(event, transaction, endpoint, target, settings, timers,
        this::finished);
    live.put(call, Boolean.TRUE);
    events.bridgeStarted();
    call.start();
  }

  private void finished(BridgedCall call) {
    live.remove(call);
    events.bridgeEnded(call.outcome());
  }

  /** Calls in progress (ringing or answered). */
  public int liveCalls() {
    return live.size();
  }

  /** Ends every live call and waits (bounded) until their dialogs are over. */
  public void endAll() {
    List<BridgedCall> calls = List.copyOf(live.keySet());
    if (calls.isEmpty()) {
      return;
    }
    LOG.info("Ending {} bridged call-through call(s) before SIP stops", calls.size());
    calls.forEach(c -> c.hangUp("service shutting down"));
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_WAIT_MILLIS);
    while (!live.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    if (!live.isEmpty()) {
      LOG.warn("{} bridged call(s) did not end within {} ms", live.size(), SHUTDOWN_WAIT_MILLIS);
    }
  }

  @Override
  public void close() {
    endAll();
    timers.shutdownNow();
  }
}
