package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.bootstrap.config.CallPolicyProperties;
import dev.switchboard.bootstrap.config.SmartContactsProperties;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * What paid calls share (web callback, call-through): app-user authentication by password or
 * nonce + hash, the destination policy and the credit check.
 */
@Factory
public class CallPolicyFactory {

  @Singleton
  AuthenticateAppUserUseCase authenticateAppUser(Accounts accounts, Nonces nonces,
      RateLimiter limiter, Clock clock, SmartContactsProperties auth, CallPolicyProperties props) {
    return new AuthenticateAppUserService(accounts, nonces, limiter, clock, auth.toAuthSettings(),
        props.getNonceWindow());
  }

  @Singleton
  DestinationPolicy destinationPolicy(CallPolicyProperties props) {
    return new DestinationPolicy(props.toRules());
  }

  @Singleton
  CreditCheck creditCheck(CallPolicyProperties props) {
    return props.toCreditCheck();
  }
}
