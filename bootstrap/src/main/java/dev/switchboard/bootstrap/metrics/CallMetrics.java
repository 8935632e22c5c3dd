package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.callback.RequestCallbackUseCase;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.call.CallLeg;
import dev.switchboard.domain.call.CallbackCall;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts callbacks by request outcome, and calls and their legs by the states they enter: every
 * state change of a callback is saved through {@link CallRecords}, so its decorator sees them all.
 */
final class CallMetrics {
  private CallMetrics() {}

  @Singleton
  static final class Requests implements BeanCreatedEventListener<RequestCallbackUseCase> {
    private final BeanProvider<MeterRegistry> registry;

    Requests(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public RequestCallbackUseCase onCreated(BeanCreatedEvent<RequestCallbackUseCase> event) {
      RequestCallbackUseCase delegate = event.getBean();
      // The registry is looked up on use: creating it here could recurse into bean creation.
      Meters meters = new Meters(registry);
      return command -> {
        CallbackCall call;
        try {
          call = delegate.request(command);
        } catch (RuntimeException e) {
          meters.counter(MetricNames.CALLBACK_REQUESTS, "outcome", Outcomes.of(e)).increment();
          throw e;
        }
        meters.counter(MetricNames.CALLBACK_REQUESTS, "outcome", "accepted").increment();
        return call;
      };
    }
  }

  @Singleton
  static final class States implements BeanCreatedEventListener<CallRecords> {
    private final BeanProvider<MeterRegistry> registry;

    States(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public CallRecords onCreated(BeanCreatedEvent<CallRecords> event) {
      CallRecords delegate = event.getBean();
      // The registry is looked up on use: creating it here could recurse into bean creation.
      Meters meters = new Meters(registry);
      // Last seen states of the calls in progress; a call leaves when it ends.
      Map<String, String> seen = new ConcurrentHashMap<>();
      java.util.concurrent.atomic.AtomicBoolean gauged = new java.util.concurrent.atomic.AtomicBoolean();
      return new CallRecords() {
        @Override
        public void save(CallbackCall call) {
          delegate.save(call);
          if (gauged.compareAndSet(false, true)) {
            meters.gauge(MetricNames.CALLS_LIVE, seen, Map::size);
          }
          count(meters, seen, call);
        }

        @Override
        public Optional<CallbackCall> find(dev.switchboard.domain.call.CallId id) {
          return delegate.find(id);
        }
      };
    }

    private static void count(Meters meters, Map<String, String> seen, CallbackCall call) {
      String id = call.id().value();
      String before = seen.getOrDefault(id, "");
      StringBuilder now = new StringBuilder(name(call.state()));
      for (CallLeg leg : call.legsInOrder()) {
        now.append(',').append(name(leg.role())).append('=').append(name(leg.state()));
        String was = "," + name(leg.role()) + "=" + name(leg.state());
        if (!before.contains(was) && !"pending".equals(name(leg.state()))) {
          meters.counter(MetricNames.CALL_LEGS, "leg", name(leg.role()), "state",
              name(leg.state())).increment();
        }
      }
      if (!before.startsWith(name(call.state()) + ",")) {
        meters.counter(MetricNames.CALLS, "state", name(call.state())).increment();
      }
      if (call.isEnded()) {
        seen.remove(id);
      } else {
        seen.put(id, now.toString());
      }
    }

    private static String name(Enum<?> value) {
      return value.name().toLowerCase(Locale.ROOT);
    }
  }
}
