package dev.switchboard.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import java.util.function.ToDoubleFunction;

/** The meter registry, looked up when first used (decorators are created before it may exist). */
final class Meters {
  private final BeanProvider<MeterRegistry> provider;
  private volatile MeterRegistry registry;

  Meters(BeanProvider<MeterRegistry> provider) {
    this.provider = provider;
  }

  Counter counter(String name, String... tags) {
    return registry().counter(name, tags);
  }

  <T> T gauge(String name, T state, ToDoubleFunction<T> value) {
    return registry().gauge(name, state, value);
  }

  private MeterRegistry registry() {
    MeterRegistry r = registry;
    if (r == null) {
      r = provider.get();
      registry = r;
    }
    return r;
  }
}
