package dev.switchboard.application.service;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.service.provisioning.PinCheck;
import dev.switchboard.application.service.provisioning.ProvisionAccountService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.verification.SendPinService;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.HmacPinGeneratorFake;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryVerifications;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.phone.PhoneNumber;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;

/** The verification and provisioning services wired with in-memory ports. */
public final class ServiceFixture {
  public final InMemoryAccounts accounts = new InMemoryAccounts();
  public final InMemoryVerifications verifications = new InMemoryVerifications();
  public final RecordingSmsGateway sms = new RecordingSmsGateway();
  public final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
  public final SendPinService sendPin;
  public final ProvisionAccountService provision;

  public ServiceFixture() {
    this(VerificationSettings.DEFAULT);
  }

  public ServiceFixture(VerificationSettings settings) {
    SecureRandom random = new SecureRandom();
    FixedApps apps = new FixedApps(AccountFixtures.DEMO_APP);
    InMemoryRateLimiter limiter = new InMemoryRateLimiter(10_000);
    sendPin = new SendPinService(verifications, new HmacPinGeneratorFake(), sms, apps, limiter, clock,
        random, settings);
    provision = new ProvisionAccountService(apps, accounts,
        new PinCheck(verifications, settings.policy()), limiter, clock, random, settings, Credit.ZERO);
  }

  public String requestPin(PhoneNumber number) {
    sendPin.sendPin(new SendPinCommand(number, Optional.empty(), "10.0.0.1"));
    return sms.lastPinFor(number).orElseThrow();
  }

  public ProvisionedAccount provision(PhoneNumber number, String credential) {
    return provision.provision(
        new ProvisionAccountCommand(AccountFixtures.DEMO, number, credential, "10.0.0.1"));
  }
}
