package dev.switchboard.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/** The meter registry, looked up when first used (decorators are created before it may exist). */
final class Meters {
  private final BeanProvider<MeterRegistry> provider;
  private volatile MeterRegistry registry;
  /** Counters already looked up, by name and tags: a registry lookup sorts and copies tags. */
  private final Map<List<String>, Counter> counters = new ConcurrentHashMap<>();

  Meters(BeanProvider<MeterRegistry> provider) {
    this.provider = provider;
  }

  Counter counter(String name, String... tags) {
    List<String> key = new ArrayList<>(tags.length + 1);
    key.add(name);
    key.addAll(Arrays.asList(tags));
    Counter known = counters.get(key);
    if (known != null) {
      return known;
    }
    return counters.computeIfAbsent(key, k -> registry().counter(name, tags));
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
