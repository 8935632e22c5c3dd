package dev.switchboard.application.service.callback;

import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callback.RequestCallbackCommand;
import dev.switchboard.application.port.in.callback.RequestCallbackUseCase;
import dev.switchboard.application.port.out.call.CallControl;
import dev.switchboard.application.port.out.call.CallPlan;
import dev.switchboard.application.port.out.call.PlannedLeg;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationDecision;
import dev.switchboard.domain.call.DestinationPolicy;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import dev.switchboard.domain.error.DestinationNotAllowedException;
import dev.switchboard.domain.error.ThrottledException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Web callback: authenticates the user, checks both numbers against the destination policy,
 * the credit, the per-account rate limit and concurrent callbacks, records the call and hands
 * it to {@link CallControl}; answers before any party is called.
 */
public final class RequestCallbackService implements RequestCallbackUseCase {
  private static final Duration BUSY_RETRY = Duration.ofSeconds(30);
  private final AuthenticateAppUserUseCase auth;
  private final DestinationPolicy policy;
  private final CreditCheck credit;
  private final RateLimiter limiter;
  private final CallbackTracker tracker;
  private final CallControl calls;
  private final Clock clock;
  private final RandomGenerator random;
  private final CallbackSettings settings;

  public RequestCallbackService(AuthenticateAppUserUseCase auth, DestinationPolicy policy,
      CreditCheck credit, RateLimiter limiter, CallbackTracker tracker, CallControl calls,
      Clock clock, RandomGenerator random, CallbackSettings settings) {
    this.auth = auth;
    this.policy = policy;
    this.credit = credit;
    this.limiter = limiter;
    this.tracker = tracker;
    this.calls = calls;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
  }

  @Override
  public CallbackCall request(RequestCallbackCommand command) {
    Account account = auth.authenticate(command.credentials());
    DialableNumber destination = command.targetNumber();
    DialableNumber callback = command.callbackNumber()
        .orElseGet(() -> DialableNumber.parse(account.callbackNumber()));
    allow(destination);
    allow(callback);
    credit.require(account.credit());
    Instant now = clock.instant();
    if (!tracker.tryReserve(account.username(), settings.maxConcurrentPerAccount())) {
      throw new ThrottledException("You already have " + settings.maxConcurrentPerAccount()
          + " callbacks in progress. Please wait until one has ended.", BUSY_RETRY);
    }
    limiter.tryAcquire("callback:" + account.username(), settings.perAccount(), now)
        .ifPresent(wait -> {
          tracker.release(account.username());
          throw new ThrottledException("You have requested too many callbacks. Please try again "
              + ThrottledException.humanWait(wait) + ".", wait);
        });
    CallbackCall call = CallbackCall.placing(CallId.generate(random), account.username(),
        settings.firstLeg(), destination, callback, now);
    try {
      tracker.start(call);
    } catch (RuntimeException e) {
      tracker.release(account.username());
      throw e;
    }
    calls.place(plan(call, account), tracker);
    return call;
  }

  private void allow(DialableNumber number) {
    DestinationDecision decision = policy.check(number);
    if (!decision.allowed()) {
      throw new DestinationNotAllowedException(decision.reason());
    }
  }

  private CallPlan plan(CallbackCall call, Account account) {
    PlannedLeg destination = new PlannedLeg(LegRole.DESTINATION, call.destination().number(),
        callerId(settings.destinationCallerId(), call, account));
    PlannedLeg callback = new PlannedLeg(LegRole.CALLBACK, call.callback().number(),
        callerId(settings.callbackCallerId(), call, account));
    return settings.firstLeg() == LegRole.DESTINATION
        ? new CallPlan(call.id(), destination, callback)
        : new CallPlan(call.id(), callback, destination);
  }

  private static Optional<String> callerId(String template, CallbackCall call, Account account) {
    String value = template
        .replace("%destination%", call.destination().number().value())
        .replace("%callback%", call.callback().number().value())
        .replace("%username%", account.username().value())
        .strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
