package dev.switchboard.adapter.http.callthrough;

import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.service.callthrough.AccessNumberReserver;
import dev.switchboard.application.service.callthrough.CallThroughSettings;
import dev.switchboard.application.service.callthrough.RequestDialStringService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DestinationRules;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.DialStringTemplate;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Test wiring of call-through over the in-memory fakes: French targets are DTMF-less on two US
 * access numbers; everything else (up to 15 digits) gets the seed's PIN + DTMF rule.
 */
@Factory
public class CallThroughWiring {
  public static final AccessNumber SEED_ACCESS = AccessNumber.parse("+15551231234");
  public static final AccessNumber PLAIN_A = AccessNumber.parse("+12025550100");
  public static final AccessNumber PLAIN_B = AccessNumber.parse("+12025550101");
  public static final DialPlan PLAN = new DialPlan(List.of(
      new DialRule("france", Set.of(33), List.of(), 1, 32, List.of(PLAIN_A, PLAIN_B),
          new DialStringTemplate("%accessNumber%")),
      new DialRule("pin", Set.of(), List.of(), 1, 15, List.of(SEED_ACCESS),
          new DialStringTemplate("%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#"))));

  @Singleton
  InMemoryReservations reservations() {
    return new InMemoryReservations();
  }

  @Singleton
  RequestDialStringUseCase requestDialString(InMemoryAccounts accounts,
      InMemoryReservations reservations, MutableClock clock, InMemoryRateLimiter limiter) {
    CallThroughSettings settings = CallThroughSettings.of(PLAN);
    // Built here, not as a bean: the web callback wiring may publish its own.
    AuthenticateAppUserService auth = new AuthenticateAppUserService(accounts,
        new InMemoryNonces(10_000), limiter, clock, AuthSettings.DEFAULT, Duration.ofHours(1));
    return new RequestDialStringService(accounts, auth,
        new DestinationPolicy(DestinationRules.DEFAULT), CreditCheck.DEFAULT,
        new AccessNumberReserver(reservations, clock, settings), settings);
  }
}
