package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.in.account.FindAccountUseCase;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.application.port.in.account.SetCreditUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.service.account.DeprovisionAccountService;
import dev.switchboard.application.service.account.FindAccountService;
import dev.switchboard.application.service.account.SetAccountKeyService;
import dev.switchboard.application.service.account.SetCreditService;
import dev.switchboard.application.service.provisioning.PinCheck;
import dev.switchboard.application.service.provisioning.ProvisionAccountService;
import dev.switchboard.application.service.verification.SendPinService;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.domain.account.Credit;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/** Wires each use case to its driven ports; the services themselves carry no annotations. */
@Factory
public class UseCaseFactory {

  @Singleton
  SendPinUseCase sendPin(Verifications verifications, PinGenerator pins, SmsGateway sms,
      ConfiguredApps apps, RateLimiter limiter, Clock clock, SecureRandom random,
      VerificationSettings settings) {
    return new SendPinService(verifications, pins, sms, apps, limiter, clock, random, settings);
  }

  @Singleton
  ProvisionAccountUseCase provisionAccount(ConfiguredApps apps, Accounts accounts,
      Verifications verifications, RateLimiter limiter, Clock clock, SecureRandom random,
      VerificationSettings settings, Credit initialCredit) {
    return new ProvisionAccountService(apps, accounts, new PinCheck(verifications, settings.policy()),
        limiter, clock, random, settings, initialCredit);
  }

  @Singleton
  FindAccountUseCase findAccount(Accounts accounts) {
    return new FindAccountService(accounts);
  }

  @Singleton
  SetCreditUseCase setCredit(Accounts accounts) {
    return new SetCreditService(accounts);
  }

  @Singleton
  SetAccountKeyUseCase setAccountKey(Accounts accounts) {
    return new SetAccountKeyService(accounts);
  }

  @Singleton
  DeprovisionAccountUseCase deprovisionAccount(Accounts accounts, SmartEntries smartEntries,
      AddressBooks books, AccessTokens tokens) {
    return new DeprovisionAccountService(accounts, smartEntries, books, tokens);
  }
}
