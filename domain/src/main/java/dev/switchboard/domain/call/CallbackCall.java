package dev.switchboard.domain.call;

import dev.switchboard.domain.account.SipUsername;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one web callback: who asked, both legs in the order they are placed, when the
 * parties were bridged and when it ended, and what it cost. Immutable: every event returns a
 * new record.
 */
public record CallbackCall(CallId id, SipUsername username, LegRole firstLeg, CallLeg destination,
    CallLeg callback, CallState state, Instant createdAt, Instant bridgedAt, Instant endedAt,
    String endReason, BigDecimal charged) {

  public CallbackCall {
    Objects.requireNonNull(id, "'id' must not be null");
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(firstLeg, "'firstLeg' must not be null");
    Objects.requireNonNull(destination, "'destination' must not be null");
    Objects.requireNonNull(callback, "'callback' must not be null");
    Objects.requireNonNull(state, "'state' must not be null");
    Objects.requireNonNull(createdAt, "'createdAt' must not be null");
    Objects.requireNonNull(charged, "'charged' must not be null");
    charged = charged.setScale(4, java.math.RoundingMode.HALF_EVEN);
  }

  /** A new call about to be placed. */
  public static CallbackCall placing(CallId id, SipUsername username, LegRole firstLeg,
      DialableNumber destination, DialableNumber callback, Instant now) {
    return new CallbackCall(id, username, firstLeg, CallLeg.pending(LegRole.DESTINATION, destination),
        CallLeg.pending(LegRole.CALLBACK, callback), CallState.PLACING, now, null, null, null,
        BigDecimal.ZERO);
  }

  public CallLeg leg(LegRole role) {
    return role == LegRole.DESTINATION ? destination : callback;
  }

  /** The legs in the order they are placed. */
  public List<CallLeg> legsInOrder() {
    return firstLeg == LegRole.DESTINATION ? List.of(destination, callback)
        : List.of(callback, destination);
  }

  public CallbackCall withLeg(CallLeg leg) {
    return new CallbackCall(id, username, firstLeg,
        leg.role() == LegRole.DESTINATION ? leg : destination,
        leg.role() == LegRole.CALLBACK ? leg : callback, state, createdAt, bridgedAt, endedAt,
        endReason, charged);
  }

  public CallbackCall bridged(Instant at) {
    if (state != CallState.PLACING) {
      return this;
    }
    return new CallbackCall(id, username, firstLeg, destination, callback, CallState.BRIDGED,
        createdAt, at, null, null, charged);
  }

  public CallbackCall ended(String reason, Instant at, BigDecimal cost) {
    if (state == CallState.ENDED) {
      return this;
    }
    return new CallbackCall(id, username, firstLeg, destination, callback, CallState.ENDED,
        createdAt, bridgedAt, at, reason, cost);
  }

  /** Talk time: from the bridge to the end (or to {@code now} while bridged); zero if never. */
  public Duration bridgedDuration(Instant now) {
    if (bridgedAt == null) {
      return Duration.ZERO;
    }
    Instant end = Optional.ofNullable(endedAt).orElse(now);
    return end.isBefore(bridgedAt) ? Duration.ZERO : Duration.between(bridgedAt, end);
  }

  public boolean isEnded() {
    return state == CallState.ENDED;
  }
}
