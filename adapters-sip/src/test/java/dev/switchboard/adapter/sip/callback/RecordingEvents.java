package dev.switchboard.adapter.sip.callback;

import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.LegRole;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Records what a call control reports, in order. */
final class RecordingEvents implements CallEvents {
  private final List<String> events = new ArrayList<>();
  private final CountDownLatch ended = new CountDownLatch(1);
  private final CountDownLatch bridged = new CountDownLatch(1);
  private volatile String endReason;

  @Override
  public synchronized void trying(CallId call, LegRole leg, String sipCallId) {
    events.add("trying " + leg);
  }

  @Override
  public synchronized void ringing(CallId call, LegRole leg) {
    events.add("ringing " + leg);
  }

  @Override
  public synchronized void answered(CallId call, LegRole leg) {
    events.add("answered " + leg);
  }

  @Override
  public synchronized void bridged(CallId call) {
    events.add("bridged");
    bridged.countDown();
  }

  @Override
  public synchronized void legEnded(CallId call, LegRole leg, String reason) {
    events.add("ended " + leg + ": " + reason);
  }

  @Override
  public synchronized void ended(CallId call, String reason) {
    events.add("call ended: " + reason);
    endReason = reason;
    ended.countDown();
  }

  synchronized List<String> all() {
    return List.copyOf(events);
  }

  boolean awaitBridged(long seconds) throws InterruptedException {
    return bridged.await(seconds, TimeUnit.SECONDS);
  }

  boolean awaitEnded(long seconds) throws InterruptedException {
    return ended.await(seconds, TimeUnit.SECONDS);
  }

  String endReason() {
    return endReason;
  }
}
