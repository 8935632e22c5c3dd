package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.LiveCalls;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;

/**
 * The b2bua mode's calls: starts a {@link BridgedCall} per routed INVITE, keeps the live ones,
 * reports each ended call to the {@link CallThroughSipEvents}, and ends every live call (BYE or
 * CANCEL on both sides) before the SIP stack stops, waiting a bounded time for them.
 */
public final class CallThroughBridge implements AutoCloseable {
  private static final long SHUTDOWN_WAIT_MILLIS = 5000;
  private final CallThroughSipSettings settings;
  private final CallThroughSipEvents events;
  private final LiveCalls<BridgedCall> live =
      new LiveCalls<>("bridged call-through", SHUTDOWN_WAIT_MILLIS);
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
    live.add(call);
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
    live.endAll(c -> c.hangUp("service shutting down"));
  }


  @Override
  public void close() {
    endAll();
    timers.shutdownNow();
  }
}
