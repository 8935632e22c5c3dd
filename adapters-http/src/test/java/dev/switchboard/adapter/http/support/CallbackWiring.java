package dev.switchboard.adapter.http.support;

import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callback.FindCallbackUseCase;
import dev.switchboard.application.port.in.callback.RequestCallbackUseCase;
import dev.switchboard.application.port.out.call.CallControl;
import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.application.port.out.call.CallPlan;
import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.service.callback.CallbackSettings;
import dev.switchboard.application.service.callback.CallbackTracker;
import dev.switchboard.application.service.callback.FindCallbackService;
import dev.switchboard.application.service.callback.RequestCallbackService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryCallRecords;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DestinationRules;
import dev.switchboard.domain.call.LegRole;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Test wiring of web callback: the real services; calls are recorded, not placed. */
@Factory
public class CallbackWiring {

  /** A {@link CallControl} that remembers what it was asked to place. */
  public static final class RecordingCallControl implements CallControl {
    private final List<CallPlan> plans = new ArrayList<>();
    private final List<CallEvents> listeners = new ArrayList<>();

    @Override
    public synchronized void place(CallPlan plan, CallEvents events) {
      plans.add(plan);
      listeners.add(events);
    }

    @Override
    public synchronized int liveCalls() {
      return plans.size();
    }

    public synchronized List<CallPlan> plans() {
      return List.copyOf(plans);
    }

    /** Ends every call placed so far, as if both parties had hung up. */
    public synchronized void endAll() {
      for (int i = 0; i < plans.size(); i++) {
        listeners.get(i).ended(plans.get(i).id(), "hung up");
      }
    }
  }

  @Singleton
  RecordingCallControl callControl() {
    return new RecordingCallControl();
  }

  @Singleton
  InMemoryCallRecords callRecords() {
    return new InMemoryCallRecords();
  }

  @Singleton
  AuthenticateAppUserUseCase authenticateAppUser(InMemoryAccounts accounts,
      InMemoryRateLimiter limiter, MutableClock clock) {
    return new AuthenticateAppUserService(accounts, new InMemoryNonces(10_000), limiter, clock,
        AuthSettings.DEFAULT, Duration.ofHours(1));
  }

  @Singleton
  CallbackTracker callbackTracker(InMemoryCallRecords records, InMemoryAccounts accounts,
      MutableClock clock) {
    return new CallbackTracker(records, accounts, CreditCheck.DEFAULT, (e, c) -> { }, clock);
  }

  @Singleton
  RequestCallbackUseCase requestCallback(AuthenticateAppUserUseCase auth,
      InMemoryRateLimiter limiter, CallbackTracker tracker, RecordingCallControl control,
      MutableClock clock) {
    return new RequestCallbackService(auth, new DestinationPolicy(DestinationRules.DEFAULT),
        CreditCheck.DEFAULT, limiter, tracker, control, clock, new SecureRandom(),
        new CallbackSettings(new RateLimit(5, Duration.ofMinutes(10)), 2, LegRole.DESTINATION,
            "%callback%", "%destination%"));
  }

  @Singleton
  FindCallbackUseCase findCallback(CallbackTracker tracker, InMemoryCallRecords records) {
    return new FindCallbackService(tracker, records);
  }
}
