package dev.switchboard.application.service.callback;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.call.CallEventWebhook;
import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallLeg;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.LegRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Follows live callbacks: keeps their records in memory while they run (stored when placed,
 * bridged and ended), counts concurrent callbacks per account, and when a call ends charges its
 * bridged duration to the account and tells the webhook.
 */
public final class CallbackTracker implements CallEvents {
  private final Map<CallId, CallbackCall> live = new ConcurrentHashMap<>();
  private final Map<SipUsername, Integer> active = new HashMap<>();
  private final Object[] chargeLocks = new Object[64];
  private final CallRecords records;
  private final Accounts accounts;
  private final CreditCheck tariff;
  private final CallEventWebhook webhook;
  private final Clock clock;

  public CallbackTracker(CallRecords records, Accounts accounts, CreditCheck tariff,
      CallEventWebhook webhook, Clock clock) {
    this.records = records;
    this.accounts = accounts;
    this.tariff = tariff;
    this.webhook = webhook;
    this.clock = clock;
    for (int i = 0; i < chargeLocks.length; i++) {
      chargeLocks[i] = new Object();
    }
  }

  /** Takes one of {@code max} concurrent slots of {@code user}; false when all are taken. */
  synchronized boolean tryReserve(SipUsername user, int max) {
    int now = active.getOrDefault(user, 0);
    if (now >= max) {
      return false;
    }
    active.put(user, now + 1);
    return true;
  }

  synchronized void release(SipUsername user) {
    active.computeIfPresent(user, (u, n) -> n <= 1 ? null : n - 1);
  }

  /** Starts following {@code call}: stores it and tells the webhook. */
  void start(CallbackCall call) {
    records.save(call);
    live.put(call.id(), call);
    webhook.publish("placing", call);
  }

  /** The record of a call still running. */
  public Optional<CallbackCall> live(CallId id) {
    return Optional.ofNullable(live.get(id));
  }

  /** Calls still running. */
  public int liveCount() {
    return live.size();
  }

  @Override
  public void trying(CallId call, LegRole leg, String sipCallId) {
    Instant now = clock.instant();
    update(call, c -> c.withLeg(c.leg(leg).trying(sipCallId, now)));
  }

  @Override
  public void ringing(CallId call, LegRole leg) {
    Instant now = clock.instant();
    update(call, c -> c.withLeg(c.leg(leg).ringing(now)));
  }

  @Override
  public void answered(CallId call, LegRole leg) {
    Instant now = clock.instant();
    update(call, c -> c.withLeg(c.leg(leg).answered(now)));
  }

  @Override
  public void bridged(CallId call) {
    Instant now = clock.instant();
    CallbackCall c = update(call, x -> x.bridged(now));
    if (c != null) {
      records.save(c);
      webhook.publish("bridged", c);
    }
  }

  @Override
  public void legEnded(CallId call, LegRole leg, String reason) {
    Instant now = clock.instant();
    update(call, c -> c.withLeg(c.leg(leg).ended(reason, now)));
  }

  @Override
  public void ended(CallId call, String reason) {
    CallbackCall c = live.get(call);
    if (c == null) {
      return;
    }
    Instant now = clock.instant();
    CallbackCall done = c;
    for (CallLeg leg : c.legsInOrder()) {
      if (!leg.isEnded()) {
        done = done.withLeg(leg.ended(reason, now));
      }
    }
    BigDecimal cost = tariff.costOf(done.bridgedDuration(now));
    done = done.ended(reason, now, cost);
    try {
      charge(c.username(), cost);
      records.save(done);
    } finally {
      live.remove(call);
      release(c.username());
      webhook.publish("ended", done);
    }
  }

  private void charge(SipUsername user, BigDecimal cost) {
    if (cost.signum() <= 0) {
      return;
    }
    synchronized (chargeLocks[Math.floorMod(user.hashCode(), chargeLocks.length)]) {
      accounts.findByUsername(user).ifPresent(account -> {
        account.setCredit(new Credit(account.credit().amount().subtract(cost)));
        accounts.update(account);
      });
    }
  }

  private CallbackCall update(CallId call, UnaryOperator<CallbackCall> change) {
    return live.computeIfPresent(call, (id, c) -> change.apply(c));
  }
}
