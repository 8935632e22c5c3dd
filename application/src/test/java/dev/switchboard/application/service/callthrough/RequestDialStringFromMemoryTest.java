package dev.switchboard.application.service.callthrough;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryRecentAccounts;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DestinationRules;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.error.DestinationNotAllowedException;
import dev.switchboard.domain.error.NotEnoughCreditException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code requestFromMemory}: the same answers as {@code request}, or none at all. */
class RequestDialStringFromMemoryTest {
  final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryRecentAccounts recent = new InMemoryRecentAccounts();
  final InMemoryReservations reservations = new InMemoryReservations();
  final CallThroughSettings settings = CallThroughSettings.of(new DialPlan(List.of(
      CallThroughServicesTest.UK_ONLY_PIN, CallThroughServicesTest.SEED_PIN,
      CallThroughServicesTest.DTMF_LESS)));
  final RequestDialStringService service = new RequestDialStringService(accounts, recent,
      new AuthenticateAppUserService(accounts, new InMemoryNonces(1000),
          new InMemoryRateLimiter(1000), clock, AuthSettings.DEFAULT, Duration.ofHours(1)),
      new DestinationPolicy(DestinationRules.DEFAULT), CreditCheck.DEFAULT,
      new AccessNumberReserver(reservations, clock, settings), settings);

  Account anAccount() {
    Account account = aVerifiedAccount(aNumber(), "secret");
    account.setCredit(Credit.of("5"));
    return accounts.addIfAbsent(account);
  }

  static RequestDialStringCommand ask(Account account, String target) {
    return RequestDialStringCommand.of(account.username(), TargetNumber.parse(target),
        "127.0.0.1");
  }

  @Test
  void nothingRemembered_noAnswerFromMemory() {
    assertThat(service.requestFromMemory(ask(anAccount(), "12345678"))).isEmpty();
  }

  @Test
  void afterARead_memoryGivesTheSameAnswerAsStorage() {
    Account account = anAccount();
    String fromStorage = service.request(ask(account, "12345678")).value();

    assertThat(service.requestFromMemory(ask(account, "12345678")).orElseThrow().value())
        .isEqualTo(fromStorage)
        .isEqualTo("+15551231234,,%account[x-cth-pin]%#12345678#");
    assertThat(service.requestFromMemory(ask(account, "+442079460000")).orElseThrow().value())
        .isEqualTo(service.request(ask(account, "+442079460000")).value());
  }

  @Test
  void refusalsAreTheSameFromMemory() {
    Account account = anAccount();
    service.request(ask(account, "12345678"));

    assertThatThrownBy(() -> service.requestFromMemory(ask(account, "+19005550123")))
        .isInstanceOf(DestinationNotAllowedException.class);
    account.setCredit(Credit.of("0"));
    recent.remember(account);
    assertThatThrownBy(() -> service.requestFromMemory(ask(account, "12345678")))
        .isInstanceOf(NotEnoughCreditException.class);
  }

  @Test
  void dtmfLessRule_needsAReservation_soNeverFromMemory() {
    Account account = anAccount();
    service.request(ask(account, "+33142685300"));

    assertThat(service.requestFromMemory(ask(account, "+33142685300"))).isEmpty();
  }

  @Test
  void credentials_areAlwaysChecked_soNeverFromMemory() {
    Account account = anAccount();
    service.request(ask(account, "12345678"));

    assertThat(service.requestFromMemory(new RequestDialStringCommand(account.username(),
        Optional.of(AppUserCredentials.withPassword(account.username().value(), "wrong",
            "127.0.0.1")), TargetNumber.parse("12345678"), "127.0.0.1"))).isEmpty();
  }

  @Test
  void requiredCredentials_neverFromMemory() {
    CallThroughSettings strict = new CallThroughSettings(settings.plan(),
        settings.reservationWindow(), true);
    RequestDialStringService requiring = new RequestDialStringService(accounts, recent,
        null, new DestinationPolicy(DestinationRules.DEFAULT), CreditCheck.DEFAULT,
        new AccessNumberReserver(reservations, clock, strict), strict);
    Account account = anAccount();
    recent.remember(account);

    assertThat(requiring.requestFromMemory(ask(account, "12345678"))).isEmpty();
  }

  @Test
  void aForgottenAccount_isReadAgain() {
    Account account = anAccount();
    service.request(ask(account, "12345678"));
    recent.forget(account.username());

    assertThat(service.requestFromMemory(ask(account, "12345678"))).isEmpty();
  }
}
