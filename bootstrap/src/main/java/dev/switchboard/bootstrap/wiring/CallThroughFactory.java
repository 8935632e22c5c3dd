package dev.switchboard.bootstrap.wiring;

import dev.switchboard.adapter.persistence.account.RecentAccountsCache;
import dev.switchboard.adapter.sip.callthrough.CallThroughInviteHandler;
import dev.switchboard.adapter.sip.callthrough.CallThroughSipSettings;
import dev.switchboard.adapter.sip.callthrough.CallThroughSipEvents;
import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callthrough.RequestDialStringUseCase;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.account.RecentAccounts;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.service.callthrough.AccessNumberReserver;
import dev.switchboard.application.service.callthrough.CallThroughSettings;
import dev.switchboard.application.service.callthrough.RequestDialStringService;
import dev.switchboard.application.service.callthrough.RouteInboundCallService;
import dev.switchboard.bootstrap.config.CallThroughProperties;
import dev.switchboard.bootstrap.config.DialRuleProperties;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.DialRule;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires web call-through: the dial plan from {@code switchboard.callthrough.rules} (checked at
 * start: a bad rule stops the start with its position and what is wrong), the HTTP use case,
 * and the SIP handler that routes calls to DTMF-less access numbers.
 */
@Factory
public class CallThroughFactory {
  private static final Logger LOG = LoggerFactory.getLogger(CallThroughFactory.class);

  @Context
  CallThroughSettings callThroughSettings(List<DialRuleProperties> rules,
      CallThroughProperties props) {
    List<DialRule> ordered = rules.stream()
        .sorted(Comparator.comparingInt(DialRuleProperties::index))
        .map(DialRuleProperties::toRule).toList();
    CallThroughSettings settings = new CallThroughSettings(new DialPlan(ordered),
        props.getReservationWindow(), props.isRequireCredentials());
    if (settings.plan().hasDtmfLessRules()) {
      sipSettings(settings, props);
    }
    LOG.info("Call-through: {} dial rule(s) {}, reservation window {}",
        ordered.size(), ordered.stream().map(DialRule::name).toList(),
        settings.reservationWindow());
    return settings;
  }

  @Singleton
  RequestDialStringUseCase requestDialString(Accounts accounts, RecentAccounts recent,
      AuthenticateAppUserUseCase authenticate, DestinationPolicy destinations,
      CreditCheck credit, Reservations reservations, Clock clock, CallThroughSettings settings) {
    return new RequestDialStringService(accounts, recent, authenticate, destinations, credit,
        new AccessNumberReserver(reservations, clock, settings), settings);
  }

  /**
   * Accounts read for dial strings, answering requests without credentials for a moment. Built
   * at start, so a bad setting stops the start.
   */
  @Context
  RecentAccounts recentAccounts(CallThroughProperties props) {
    Duration ttl = props.getAccountCacheTtl();
    if (ttl == null || ttl.isZero()) {
      return RecentAccounts.none();
    }
    if (ttl.isNegative() || props.getAccountCacheSize() < 1) {
      throw new ConfigurationException("switchboard.callthrough.account-cache-ttl must be 0 or "
          + "positive and switchboard.callthrough.account-cache-size at least 1");
    }
    return new RecentAccountsCache(ttl, props.getAccountCacheSize());
  }

  @Singleton
  RouteInboundCallUseCase routeInboundCall(Reservations reservations, Clock clock) {
    return new RouteInboundCallService(reservations, clock);
  }

  @Singleton
  @Bean(preDestroy = "close")
  CallThroughInviteHandler callThroughInviteHandler(RouteInboundCallUseCase router,
      CallThroughSettings settings, CallThroughProperties props, CallThroughSipEvents events) {
    return new CallThroughInviteHandler(router, sipSettings(settings, props), events);
  }

  private static CallThroughSipSettings sipSettings(CallThroughSettings settings,
      CallThroughProperties props) {
    Set<String> accessNumbers = settings.plan().rules().stream().filter(DialRule::dtmfLess)
        .flatMap(r -> r.accessNumbers().stream()).map(AccessNumber::e164)
        .collect(Collectors.toSet());
    String trunk = props.getTrunkUri().isBlank() && accessNumbers.isEmpty()
        ? "sip:%targetNumber%@trunk.invalid" : props.getTrunkUri().strip();
    if (trunk.isEmpty()) {
      throw new IllegalArgumentException("switchboard.callthrough.trunk-uri is required when a "
          + "dial rule is DTMF-less (its template has no %targetNumber%), e.g. "
          + "sip:%targetNumber%@trunk.example.com");
    }
    return new CallThroughSipSettings(accessNumbers, trunk, props.getSipMode(),
        present(props.getTrunkUsername()), present(props.getTrunkPassword()),
        props.getNoAnswerTimeout(), props.getMaxCallDuration());
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
