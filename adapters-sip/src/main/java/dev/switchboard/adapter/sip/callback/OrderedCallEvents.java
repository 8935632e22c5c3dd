package dev.switchboard.adapter.sip.callback;

import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.LegRole;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands call events to the application on one dedicated thread, in the order they happened:
 * recording and charging (database writes) never hold up the SIP listener threads, whose delays
 * would otherwise show as retransmissions towards the trunk.
 */
final class OrderedCallEvents implements CallEvents {
  private static final Logger LOG = LoggerFactory.getLogger(OrderedCallEvents.class);
  private final CallEvents delegate;
  private final ExecutorService thread;

  OrderedCallEvents(CallEvents delegate, ExecutorService thread) {
    this.delegate = delegate;
    this.thread = thread;
  }

  @Override
  public void trying(CallId call, LegRole leg, String sipCallId) {
    run(() -> delegate.trying(call, leg, sipCallId));
  }

  @Override
  public void ringing(CallId call, LegRole leg) {
    run(() -> delegate.ringing(call, leg));
  }

  @Override
  public void answered(CallId call, LegRole leg) {
    run(() -> delegate.answered(call, leg));
  }

  @Override
  public void bridged(CallId call) {
    run(() -> delegate.bridged(call));
  }

  @Override
  public void legEnded(CallId call, LegRole leg, String reason) {
    run(() -> delegate.legEnded(call, leg, reason));
  }

  @Override
  public void ended(CallId call, String reason) {
    run(() -> delegate.ended(call, reason));
  }

  private void run(Runnable event) {
    try {
      thread.execute(() -> {
        try {
          event.run();
        } catch (RuntimeException e) {
          LOG.error("Recording a call event failed", e);
        }
      });
    } catch (RejectedExecutionException stopped) {
      event.run(); // shutting down: deliver on the caller's thread rather than lose it
    }
  }
}
