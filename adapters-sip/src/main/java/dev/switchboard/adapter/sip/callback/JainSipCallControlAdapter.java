package dev.switchboard.adapter.sip.callback;

import dev.switchboard.adapter.sip.stack.LiveCalls;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.application.port.out.call.CallControl;
import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.application.port.out.call.CallPlan;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places web callbacks through the SIP trunk as {@link ThirdPartyCall}s on the shared
 * {@link SipEndpoint}. On shutdown (before the stack stops) every live call is ended: ringing
 * legs are cancelled, answered ones get a BYE, and the stack waits a bounded time for them.
 */
public final class JainSipCallControlAdapter implements CallControl, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JainSipCallControlAdapter.class);
  private static final long SHUTDOWN_WAIT_MILLIS = 5000;
  private final SipEndpoint endpoint;
  private final TrunkSettings trunk;
  private final ScheduledExecutorService timers;
  private final LiveCalls<ThirdPartyCall> live =
      new LiveCalls<>("web callback", SHUTDOWN_WAIT_MILLIS);
  private final ExecutorService eventThread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "sip-call-events");
    t.setDaemon(true);
    return t;
  });

  public JainSipCallControlAdapter(SipEndpoint endpoint, TrunkSettings trunk) {
    this.endpoint = endpoint;
    this.trunk = trunk;
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setName("sip-call-timers");
      t.setDaemon(true);
      return t;
    });
    executor.setRemoveOnCancelPolicy(true);
    this.timers = executor;
    endpoint.beforeStop(this::endAll);
  }

  @Override
  public void place(CallPlan plan, CallEvents events) {
    ThirdPartyCall call = new ThirdPartyCall(plan, new OrderedCallEvents(events, eventThread),
        endpoint, trunk, timers, live::remove);
    live.add(call);
    // The first INVITE goes out on a timer thread: the caller (an HTTP request) never waits.
    timers.execute(() -> {
      try {
        call.start();
      } catch (RuntimeException e) {
        LOG.warn("Call {} could not start: {}", plan.id(), e.toString());
        call.hangUp("failed to place a leg");
      }
    });
  }

  @Override
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
    eventThread.shutdown();
    try {
      if (!eventThread.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("Call events still queued at shutdown were dropped");
        eventThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
