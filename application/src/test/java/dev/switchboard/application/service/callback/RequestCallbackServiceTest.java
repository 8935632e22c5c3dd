package dev.switchboard.application.service.callback;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.auth.AppUserCredentials;
import dev.switchboard.application.port.in.callback.RequestCallbackCommand;
import dev.switchboard.application.port.out.call.CallControl;
import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.application.port.out.call.CallPlan;
import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAppUserService;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryCallRecords;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.call.CallState;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DestinationRules;
import dev.switchboard.domain.call.LegRole;
import dev.switchboard.domain.error.DestinationNotAllowedException;
import dev.switchboard.domain.error.NotEnoughCreditException;
import dev.switchboard.domain.error.ThrottledException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestCallbackServiceTest {
  private final InMemoryAccounts accounts = new InMemoryAccounts();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final InMemoryCallRecords records = new InMemoryCallRecords();
  private final List<CallPlan> placed = new ArrayList<>();
  private final List<CallEvents> listeners = new ArrayList<>();
  private final CreditCheck tariff = new CreditCheck(new BigDecimal("0.60"), 1, 1);
  private final CallbackTracker tracker =
      new CallbackTracker(records, accounts, tariff, (e, c) -> { }, clock);
  private final CallControl control = new CallControl() {
    @Override
    public void place(CallPlan plan, CallEvents events) {
      placed.add(plan);
      listeners.add(events);
    }

    @Override
    public int liveCalls() {
      return placed.size();
    }
  };
  private final RequestCallbackService service = new RequestCallbackService(
      new AuthenticateAppUserService(accounts, new InMemoryNonces(100), new InMemoryRateLimiter(100),
          clock, AuthSettings.DEFAULT, Duration.ofMinutes(10)),
      new DestinationPolicy(DestinationRules.DEFAULT), tariff, new InMemoryRateLimiter(100),
      tracker, control, clock, new SecureRandom(),
      new CallbackSettings(new RateLimit(3, Duration.ofMinutes(10)), 2, LegRole.DESTINATION,
          "%callback%", "%destination%"));
  private final Account alice = withCredit(accounts.addIfAbsent(aVerifiedAccount(aNumber(), "s")), "10");

  private Account withCredit(Account a, String credit) {
    a.setCredit(Credit.of(credit));
    accounts.update(a);
    return a;
  }

  private RequestCallbackCommand call(String to, Optional<String> callback) {
    return RequestCallbackCommand.of(AppUserCredentials.withPassword(alice.username().value(),
        alice.password().value(), "192.0.2.1"), to, callback);
  }

  @Test
  void givenGoodRequest_request_placesDestinationFirstWithCallerIds() {
    CallbackCall call = service.request(call("12345", Optional.of("98765")));

    assertThat(call.state()).isEqualTo(CallState.PLACING);
    CallPlan plan = placed.get(0);
    assertThat(plan.first().number().value()).isEqualTo("12345");
    assertThat(plan.first().callerId()).contains("98765");
    assertThat(plan.second().number().value()).isEqualTo("98765");
    assertThat(plan.second().callerId()).contains("12345");
    assertThat(records.find(call.id())).isPresent();
  }

  @Test
  void givenNoCallbackNumber_request_usesTheAccountKeyThenTheVerifiedNumber() {
    service.request(call("12345", Optional.empty()));
    assertThat(placed.get(0).second().number().value()).isEqualTo(alice.verifiedNumbers().get(0).e164());

    alice.putKey("callbackNumber", "+12025550199");
    accounts.update(alice);
    service.request(call("12345", Optional.empty()));
    assertThat(placed.get(1).second().number().value()).isEqualTo("+12025550199");
  }

  @Test
  void givenRefusals_request_placesNothing() {
    assertThatThrownBy(() -> service.request(call("+19005551234", Optional.empty())))
        .isInstanceOf(DestinationNotAllowedException.class);
    assertThatThrownBy(() -> service.request(call("12345", Optional.of("+88213456789"))))
        .isInstanceOf(DestinationNotAllowedException.class);
    withCredit(alice, "0");
    assertThatThrownBy(() -> service.request(call("+15551231234", Optional.empty())))
        .isInstanceOf(NotEnoughCreditException.class).hasMessage("Not enough credit for this call.");
    assertThat(placed).isEmpty();
  }

  @Test
  void givenTwoLiveCalls_aThirdIsRefusedUntilOneEnds() {
    CallbackCall first = service.request(call("12345", Optional.empty()));
    CallbackCall second = service.request(call("12346", Optional.empty()));
    assertThatThrownBy(() -> service.request(call("12347", Optional.empty())))
        .isInstanceOf(ThrottledException.class).hasMessageContaining("in progress");

    listeners.get(0).ended(first.id(), "busy");
    service.request(call("12347", Optional.empty()));
    listeners.get(1).ended(second.id(), "busy");
    assertThatThrownBy(() -> service.request(call("12348", Optional.empty())))
        .isInstanceOf(ThrottledException.class).hasMessageContaining("too many callbacks");
  }

  @Test
  void givenBridgedMinute_ended_chargesTheAccountAndStoresTheRecord() {
    CallbackCall call = service.request(call("12345", Optional.empty()));
    CallEvents events = listeners.get(0);
    events.trying(call.id(), LegRole.DESTINATION, "a@h");
    events.answered(call.id(), LegRole.DESTINATION);
    events.trying(call.id(), LegRole.CALLBACK, "b@h");
    events.answered(call.id(), LegRole.CALLBACK);
    events.bridged(call.id());
    clock.advance(Duration.ofSeconds(60));
    events.legEnded(call.id(), LegRole.CALLBACK, "hung up");
    events.ended(call.id(), "callback party hung up");

    CallbackCall done = records.find(call.id()).orElseThrow();
    assertThat(done.state()).isEqualTo(CallState.ENDED);
    assertThat(done.charged()).isEqualByComparingTo("0.60");
    assertThat(done.destination().endReason()).isEqualTo("callback party hung up");
    assertThat(done.callback().endReason()).isEqualTo("hung up");
    assertThat(accounts.findByUsername(alice.username()).orElseThrow().credit().amount())
        .isEqualByComparingTo("9.40");
    assertThat(tracker.liveCount()).isZero();
  }
}
