package dev.switchboard.adapter.http.support;

import dev.switchboard.adapter.http.sms.LogSmsGatewayAdapter;
import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.in.account.FindAccountUseCase;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.application.port.in.account.SetCreditUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.verification.SendPinUseCase;
import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.service.account.DeprovisionAccountService;
import dev.switchboard.application.service.account.FindAccountService;
import dev.switchboard.application.service.account.SetAccountKeyService;
import dev.switchboard.application.service.account.SetCreditService;
import dev.switchboard.application.service.provisioning.PinCheck;
import dev.switchboard.application.service.provisioning.ProvisionAccountService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.verification.SendPinService;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.HmacPinGeneratorFake;
import dev.switchboard.application.testing.InMemoryAccessTokens;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.InMemorySmartEntries;
import dev.switchboard.application.testing.InMemoryVerifications;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import dev.switchboard.domain.tenant.Reprovisioning;
import dev.switchboard.domain.tenant.SmsNumber;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Test wiring: the real use-case services over the application's in-memory fakes. */
@Factory
public class TestWiring {
  /** An app with every optional Account XML part, and a title that needs escaping. */
  /** A plain app on the same SIP domain as the demo app: a second tenant. */
  public static final App OTHER_APP =
      App.of(new CloudId("OTHER"), "Other", new SipDomain("sip.example.com"));
  public static final App RICH_APP = new App(new CloudId("RICH"), "Rich & <Co>",
      new SipDomain("sip.rich.example:5061"), "tls", new NetworkId("rich-net"),
      List.of(new SmsNumber("sinch", "1234567890"), new SmsNumber("other", "555")),
      Optional.of(new Reprovisioning("https://prov.example/p?a=1&b=2", Duration.ofHours(1))),
      false);

  private final SecureRandom random = new SecureRandom();

  @Singleton
  MutableClock clock() {
    return new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  }

  @Singleton
  InMemoryAccounts accounts() {
    return new InMemoryAccounts();
  }

  @Singleton
  InMemoryVerifications verifications() {
    return new InMemoryVerifications();
  }

  @Singleton
  RecordingSmsGateway recordingSms() {
    return new RecordingSmsGateway();
  }

  @Singleton
  FixedApps apps() {
    return new FixedApps(AccountFixtures.DEMO_APP, RICH_APP, OTHER_APP);
  }

  @Singleton
  InMemoryRateLimiter rateLimiter() {
    return new InMemoryRateLimiter(10_000);
  }

  @Singleton
  SendPinUseCase sendPin(InMemoryVerifications verifications, RecordingSmsGateway recording,
      LogSmsGatewayAdapter log, FixedApps apps, InMemoryRateLimiter limiter, MutableClock clock) {
    SmsGateway both = message -> {
      recording.send(message);
      log.send(message);
    };
    return new SendPinService(verifications, new HmacPinGeneratorFake(), both, apps, limiter,
        clock, random, VerificationSettings.DEFAULT);
  }

  @Singleton
  ProvisionAccountUseCase provision(FixedApps apps, InMemoryAccounts accounts,
      InMemoryVerifications verifications, InMemoryRateLimiter limiter, MutableClock clock) {
    PinCheck pinCheck = new PinCheck(verifications, VerificationSettings.DEFAULT.policy());
    return new ProvisionAccountService(apps, accounts, pinCheck, limiter, clock, random,
        VerificationSettings.DEFAULT, Credit.ZERO);
  }

  @Singleton
  FindAccountUseCase findAccount(InMemoryAccounts accounts) {
    return new FindAccountService(accounts);
  }

  @Singleton
  SetCreditUseCase setCredit(InMemoryAccounts accounts) {
    return new SetCreditService(accounts);
  }

  @Singleton
  SetAccountKeyUseCase setKey(InMemoryAccounts accounts) {
    return new SetAccountKeyService(accounts);
  }

  @Singleton
  DeprovisionAccountUseCase deprovision(InMemoryAccounts accounts, InMemorySmartEntries smart,
      InMemoryAddressBooks books, InMemoryAccessTokens tokens) {
    return new DeprovisionAccountService(accounts, smart, books, tokens);
  }
}
