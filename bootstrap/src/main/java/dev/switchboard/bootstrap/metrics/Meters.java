package dev.switchboard.bootstrap.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micronaut.context.BeanProvider;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * The meter registry, looked up when first used (decorators are created before it may exist);
 * a registry that keeps nothing when metrics are switched off.
 */
final class Meters {
  private final BeanProvider<MeterRegistry> provider;
  private volatile MeterRegistry registry;
  /**
   * Counters already looked up, by name and tags: a registry lookup sorts and copies the tags,
   * and some counters are bumped on every request.
   */
  private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

  Meters(BeanProvider<MeterRegistry> provider) {
    this.provider = provider;
  }

  Counter counter(String name, String... tags) {
    Key key = new Key(name, tags);
    Counter known = counters.get(key);
    if (known != null) {
      return known;
    }
    return counters.computeIfAbsent(key, k -> registry().counter(name, tags));
  }

  <T> T gauge(String name, T state, ToDoubleFunction<T> value) {
    return registry().gauge(name, state, value);
  }

  /** A counter's name and tags, compared by value (the tag array is never changed). */
  private record Key(String name, String[] tags) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && name.equals(key.name) && Arrays.equals(tags, key.tags);
    }

    @Override
    public int hashCode() {
      return 31 * name.hashCode() + Arrays.hashCode(tags);
    }
  }

  MeterRegistry registry() {
    MeterRegistry r = registry;
    if (r == null) {
      // With micronaut.metrics.enabled=false there is no registry: count into nothing.
      r = provider.find(null).orElseGet(CompositeMeterRegistry::new);
      registry = r;
    }
    return r;
  }
}
