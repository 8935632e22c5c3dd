package dev.switchboard.adapter.persistence.testing;

import static dev.switchboard.application.testing.AccountFixtures.DEMO;
import static dev.switchboard.application.testing.AccountFixtures.DEMO_APP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.service.provisioning.PinCheck;
import dev.switchboard.application.service.provisioning.ProvisionAccountService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.verification.SendPinService;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.RecordingSmsGateway;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.error.DomainException;
import dev.switchboard.domain.phone.PhoneNumber;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The provisioning use case over the real stores: one number, many simultaneous sign-ins. */
public abstract class AbstractProvisioningConcurrencyTest {
  private static final int THREADS = 16;

  protected abstract Accounts accounts();

  protected abstract Verifications verifications();

  protected abstract PinGenerator pins();

  protected abstract DataSource dataSource();

  @Test
  void givenSentPin_simultaneousProvisioning_storesOneAccountAndFailsOnlyWithDomainErrors()
      throws Exception {
    VerificationSettings settings = VerificationSettings.DEFAULT;
    RecordingSmsGateway sms = new RecordingSmsGateway();
    FixedApps apps = new FixedApps(DEMO_APP);
    InMemoryRateLimiter limiter = new InMemoryRateLimiter(10_000);
    Clock clock = Clock.systemUTC();
    SecureRandom random = new SecureRandom();
    SendPinService sendPin = new SendPinService(
        verifications(), pins(), sms, apps, limiter, clock, random, settings);
    ProvisionAccountService provision = new ProvisionAccountService(apps, accounts(),
        new PinCheck(verifications(), settings.policy()), limiter, clock, random, settings,
        Credit.ZERO);
    PhoneNumber number = AccountFixtures.aNumber();
    sendPin.sendPin(new SendPinCommand(number, Optional.of(DEMO), "198.51.100.1"));
    String pin = sms.lastPinFor(number).orElseThrow();

    List<Future<String>> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int i = 0; i < THREADS; i++) {
        ProvisionAccountCommand command =
            new ProvisionAccountCommand(DEMO, number, pin, "203.0.113." + (i + 1));
        results.add(pool.submit(() -> {
          start.await();
          return provision.provision(command).account().username().value();
        }));
      }
      start.countDown();
      Set<String> usernames = new HashSet<>();
      for (Future<String> result : results) {
        try {
          usernames.add(result.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          assertThat(e.getCause()).as("every failure is a domain error")
              .isInstanceOf(DomainException.class);
        }
      }
      assertThat(usernames).hasSize(1);
      assertThat(storedUsernames(number)).containsExactlyElementsOf(usernames);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<String> storedUsernames(PhoneNumber number) throws Exception {
    String sql = "SELECT a.sip_username FROM accounts a JOIN account_numbers n"
        + " ON n.account_id = a.id WHERE n.cloud_id = ? AND n.e164 = ?";
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, DEMO.value());
      ps.setString(2, number.e164());
      List<String> usernames = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          usernames.add(rs.getString(1));
        }
      }
      return usernames;
    }
  }
}
