package dev.switchboard.application.service.callthrough;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.callthrough.CallRoute;
import dev.switchboard.application.port.in.callthrough.RequestDialStringCommand;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallCommand;
import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DestinationRules;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.DialPlan;
import dev.switchboard.domain.callthrough.DialRule;
import dev.switchboard.domain.callthrough.DialStringTemplate;
import dev.switchboard.domain.callthrough.TargetNumber;
import dev.switchboard.domain.error.AccessNumbersExhaustedException;
import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.DestinationNotAllowedException;
import dev.switchboard.domain.error.NoDialRuleException;
import dev.switchboard.domain.error.NotEnoughCreditException;
import dev.switchboard.domain.error.WrongCredentialsException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallThroughServicesTest {
  static final AccessNumber SEED = AccessNumber.parse("+15551231234");
  static final AccessNumber UK = AccessNumber.parse("+442071838750");
  static final AccessNumber US_A = AccessNumber.parse("+12025550100");
  static final AccessNumber US_B = AccessNumber.parse("+12025550101");
  static final DialRule UK_ONLY_PIN = new DialRule("uk-pin", Set.of(44), List.of(), 1, 32,
      List.of(UK), new DialStringTemplate("%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#"));
  static final DialRule SEED_PIN = new DialRule("seed-pin", Set.of(), List.of("1"), 1, 32,
      List.of(SEED), new DialStringTemplate("%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#"));
  static final DialRule DTMF_LESS = new DialRule("plain", Set.of(), List.of(), 1, 32,
      List.of(UK, US_A, US_B), new DialStringTemplate("%accessNumber%"));

  final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  final InMemoryAccounts accounts = new InMemoryAccounts();
  final InMemoryReservations reservations = new InMemoryReservations();
  final CallThroughSettings settings =
      CallThroughSettings.of(new DialPlan(List.of(UK_ONLY_PIN, SEED_PIN, DTMF_LESS)));
  final AuthenticateAppUserService auth = new AuthenticateAppUserService(accounts,
      new InMemoryNonces(1000), new InMemoryRateLimiter(1000), clock, AuthSettings.DEFAULT,
      Duration.ofHours(1));
  final RequestDialStringService service = service(settings);
  final RouteInboundCallService router = new RouteInboundCallService(reservations, clock);

  RequestDialStringService service(CallThroughSettings s) {
    return new RequestDialStringService(accounts, auth,
        new DestinationPolicy(DestinationRules.DEFAULT), CreditCheck.DEFAULT,
        new AccessNumberReserver(reservations, clock, s), s);
  }

  Account anAccount() {
    Account account = aVerifiedAccount(aNumber(), "secret");
    account.setCredit(Credit.of("5"));
    return accounts.addIfAbsent(account);
  }

  String ask(Account account, String target) {
    return service.request(RequestDialStringCommand.of(account.username(),
        TargetNumber.parse(target), "127.0.0.1")).value();
  }

  CallRoute invite(AccessNumber to, String... from) {
    return router.route(new RouteInboundCallCommand(to.e164(), List.of(from)));
  }

  @Test
  void defaultWindow_isSixtySeconds() {
    assertThat(settings.reservationWindow()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void seedExample_dtmfRule_answersTemplateWithAppPlaceholderKept() {
    assertThat(ask(anAccount(), "12345678"))
        .isEqualTo("+15551231234,,%account[x-cth-pin]%#12345678#");
  }

  @Test
  void firstMatchingRuleWins() {
    assertThat(ask(anAccount(), "+442079460000"))
        .isEqualTo("+442071838750,,%account[x-cth-pin]%#+442079460000#");
  }

  @Test
  void unknownUser_isRefused() {
    assertThatThrownBy(() -> service.request(RequestDialStringCommand.of(
        new SipUsername("nobody"), TargetNumber.parse("12345678"), "127.0.0.1")))
        .isInstanceOf(AccountNotFoundException.class);
  }

  @Test
  void noRule_isRefused() {
    RequestDialStringService onlyUk =
        service(CallThroughSettings.of(new DialPlan(List.of(UK_ONLY_PIN))));
    Account account = anAccount();

    assertThatThrownBy(() -> onlyUk.request(RequestDialStringCommand.of(account.username(),
        TargetNumber.parse("12345678"), "127.0.0.1"))).isInstanceOf(NoDialRuleException.class);
  }

  @Test
  void noCredit_isRefusedWithTheSeedsSentence() {
    Account account = anAccount();
    account.setCredit(Credit.ZERO);
    accounts.update(account);

    assertThatThrownBy(() -> ask(account, "12345678"))
        .isInstanceOf(NotEnoughCreditException.class)
        .hasMessage("Not enough credit for call-through.");
  }

  @Test
  void tollFraudDestination_isRefusedByThePolicy() {
    assertThatThrownBy(() -> ask(anAccount(), "+88213000000"))
        .isInstanceOf(DestinationNotAllowedException.class)
        .hasMessageContaining("+882");
  }

  @Test
  void withPassword_theUserIsAuthenticated_wrongPasswordIsRefused() {
    Account account = anAccount();
    String user = account.username().value();
    RequestDialStringCommand right = new RequestDialStringCommand(account.username(),
        Optional.of(AppUserCredentials.withPassword(user, account.password().value(), "c")),
        TargetNumber.parse("12345678"), "c");
    RequestDialStringCommand wrong = new RequestDialStringCommand(account.username(),
        Optional.of(AppUserCredentials.withPassword(user, "wrong", "c")),
        TargetNumber.parse("12345678"), "c");

    assertThat(service.request(right).value()).startsWith("+15551231234,,");
    assertThatThrownBy(() -> service.request(wrong))
        .isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void whenCredentialsAreRequired_aBareUsernameIsRefused() {
    RequestDialStringService strict = service(new CallThroughSettings(settings.plan(),
        settings.reservationWindow(), true));
    Account account = anAccount();

    assertThatThrownBy(() -> strict.request(RequestDialStringCommand.of(account.username(),
        TargetNumber.parse("12345678"), "c"))).isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void dtmfLess_prefersCallersCountry_givesDistinctNumbers_thenRunsOut() {
    Account account = anAccount();

    String first = ask(account, "+33142685300");
    String second = ask(account, "+33142685301");
    String third = ask(account, "+33142685302");

    assertThat(first).isEqualTo(US_A.e164());
    assertThat(second).isEqualTo(US_B.e164());
    assertThat(third).isEqualTo(UK.e164());
    assertThatThrownBy(() -> ask(account, "+33142685303"))
        .isInstanceOf(AccessNumbersExhaustedException.class)
        .hasMessageContaining("busy");
  }

  @Test
  void dtmfLess_isStickyOnceTheWindowHasPassed() {
    Account account = anAccount();
    ask(account, "+33142685300");
    String second = ask(account, "+33142685301");
    clock.advance(Duration.ofSeconds(61));

    assertThat(ask(account, "+33142685302")).isEqualTo(second);
  }

  @Test
  void invite_insideWindow_routesOnce_toTheTarget() {
    Account account = anAccount();
    ask(account, "+33142685300");
    String caller = account.verifiedNumbers().get(0).e164();

    CallRoute route = invite(US_A, "anonymous", caller);

    assertThat(route).isInstanceOf(CallRoute.Routed.class);
    CallRoute.Routed routed = (CallRoute.Routed) route;
    assertThat(routed.reservation().target().value()).isEqualTo("+33142685300");
    assertThat(routed.reservation().account()).isEqualTo(account.username());
    assertThat(invite(US_A, caller))
        .isEqualTo(new CallRoute.Refused(CallRoute.Reason.NO_RESERVATION));
  }

  @Test
  void invite_afterWindow_orFromAnotherCaller_orUnreadable_isRefused() {
    Account account = anAccount();
    ask(account, "+33142685300");
    String caller = account.verifiedNumbers().get(0).e164();

    assertThat(invite(US_A, aNumber().e164()))
        .isEqualTo(new CallRoute.Refused(CallRoute.Reason.NO_RESERVATION));
    assertThat(invite(US_A, "anonymous"))
        .isEqualTo(new CallRoute.Refused(CallRoute.Reason.UNREADABLE_NUMBERS));
    clock.advance(Duration.ofSeconds(60));
    assertThat(invite(US_A, caller))
        .isEqualTo(new CallRoute.Refused(CallRoute.Reason.NO_RESERVATION));
  }

  @Test
  void invite_callerWithoutPlusOrWithInternationalPrefix_matches() {
    Account account = anAccount();
    ask(account, "+33142685300");
    ask(account, "+33142685301");
    String digits = account.verifiedNumbers().get(0).e164().substring(1);

    assertThat(invite(US_A, digits)).isInstanceOf(CallRoute.Routed.class);
    assertThat(invite(US_B, "00" + digits)).isInstanceOf(CallRoute.Routed.class);
  }
}
