package dev.switchboard.bootstrap.metrics;

import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.domain.callthrough.DialString;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Counts call-through requests by outcome and the use of the access-number pools. */
final class CallThroughMetrics {
  private CallThroughMetrics() {}

  @Singleton
  static final class Requests implements BeanCreatedEventListener<RequestDialStringUseCase> {
    private final BeanProvider<MeterRegistry> registry;

    Requests(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public RequestDialStringUseCase onCreated(BeanCreatedEvent<RequestDialStringUseCase> event) {
      RequestDialStringUseCase delegate = event.getBean();
      return new Counted(delegate, new Meters(registry));
    }
  }

  /** The use case, counting each request once by its outcome, whichever path answered it. */
  private static final class Counted implements RequestDialStringUseCase {
    private final RequestDialStringUseCase delegate;
    private final Meters meters;

    Counted(RequestDialStringUseCase delegate, Meters meters) {
      this.delegate = delegate;
      this.meters = meters;
    }

    @Override
    public DialString request(RequestDialStringCommand command) {
      return counted(() -> delegate.request(command), answer -> true);
    }

    /** Counted only when it answered (or refused); an empty answer goes on to {@code request}. */
    @Override
    public Optional<DialString> requestFromMemory(RequestDialStringCommand command) {
      return counted(() -> delegate.requestFromMemory(command), Optional::isPresent);
    }

    private <T> T counted(Supplier<T> call, Predicate<T> answered) {
      T answer;
      try {
        answer = call.get();
      } catch (RuntimeException e) {
        meters.counter(MetricNames.CALLTHROUGH_REQUESTS, "outcome", Outcomes.of(e)).increment();
        throw e;
      }
      if (answered.test(answer)) {
        meters.counter(MetricNames.CALLTHROUGH_REQUESTS, "outcome", "answered").increment();
      }
      return answer;
    }
  }

  @Singleton
  static final class Pool implements BeanCreatedEventListener<Reservations> {
    private final BeanProvider<MeterRegistry> registry;

    Pool(BeanProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public Reservations onCreated(BeanCreatedEvent<Reservations> event) {
      Reservations delegate = event.getBean();
      Meters meters = new Meters(registry);
      return new Reservations() {
        @Override
        public java.util.Optional<dev.switchboard.domain.callthrough.AccessNumber> lastAccessNumber(
            dev.switchboard.domain.phone.PhoneNumber caller) {
          return delegate.lastAccessNumber(caller);
        }

        @Override
        public boolean tryReserve(dev.switchboard.domain.callthrough.Reservation reservation) {
          boolean reserved = delegate.tryReserve(reservation);
          meters.counter(MetricNames.ACCESS_NUMBER_RESERVATIONS, "outcome",
              reserved ? "reserved" : "taken").increment();
          return reserved;
        }

        @Override
        public java.util.Optional<dev.switchboard.domain.callthrough.Reservation> consume(
            dev.switchboard.domain.phone.PhoneNumber caller,
            dev.switchboard.domain.callthrough.AccessNumber accessNumber, java.time.Instant now) {
          java.util.Optional<dev.switchboard.domain.callthrough.Reservation> used =
              delegate.consume(caller, accessNumber, now);
          meters.counter(MetricNames.ACCESS_NUMBER_RESERVATIONS, "outcome",
              used.isPresent() ? "routed" : "unmatched").increment();
          return used;
        }
      };
    }
  }
}
