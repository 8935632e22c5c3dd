package dev.switchboard.bootstrap.metrics;

import dev.switchboard.adapter.sip.callthrough.CallThroughSipEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts call-through calls bridged in b2bua mode by how they ended, and gauges those in
 * progress (routing itself is counted on the reservations, {@link MetricNames#ACCESS_NUMBER_RESERVATIONS}).
 */
@Singleton
final class CallThroughSipMetrics implements CallThroughSipEvents {
  private final Meters meters;
  private final AtomicInteger live = new AtomicInteger();
  private final AtomicBoolean gauged = new AtomicBoolean();

  CallThroughSipMetrics(BeanProvider<MeterRegistry> registry) {
    this.meters = new Meters(registry);
  }

  @Override
  public void bridgeStarted() {
    if (gauged.compareAndSet(false, true)) {
      meters.gauge(MetricNames.CALLTHROUGH_BRIDGED_LIVE, live, AtomicInteger::get);
    }
    live.incrementAndGet();
  }

  @Override
  public void bridgeEnded(String outcome) {
    live.decrementAndGet();
    meters.counter(MetricNames.CALLTHROUGH_BRIDGED, "outcome", outcome).increment();
  }
}
