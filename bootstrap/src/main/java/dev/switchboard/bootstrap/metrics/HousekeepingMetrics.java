package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/** Counts the rows each housekeeping purge deleted, per kind (when metrics are on). */
@Singleton
final class HousekeepingMetrics implements BeanCreatedEventListener<PurgeExpiredRecordsUseCase> {
  private final BeanProvider<MeterRegistry> registry;

  HousekeepingMetrics(BeanProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public PurgeExpiredRecordsUseCase onCreated(
      BeanCreatedEvent<PurgeExpiredRecordsUseCase> event) {
    PurgeExpiredRecordsUseCase delegate = event.getBean();
    return () -> {
      PurgeReport report = delegate.purge();
      // Looked up on use (not at creation), and skipped when metrics are switched off.
      registry.find(null).ifPresent(r -> {
        for (RecordKind kind : RecordKind.values()) {
          r.counter(MetricNames.HOUSEKEEPING_PURGED, "kind", kind.label())
              .increment(report.count(kind));
        }
      });
      return report;
    };
  }
}
