package dev.switchboard.domain.call;

import java.time.Instant;
import java.util.Objects;

/**
 * One leg of a callback as recorded: the number called, its state, the SIP Call-ID, why it
 * ended, and when it reached each state ({@code null} = not reached). Transitions return copies;
 * they never go backwards and an ended leg stays ended.
 */
public record CallLeg(LegRole role, DialableNumber number, LegState state, String sipCallId,
    String endReason, Instant tryingAt, Instant ringingAt, Instant answeredAt, Instant endedAt) {

  public CallLeg {
    Objects.requireNonNull(role, "'role' must not be null");
    Objects.requireNonNull(number, "'number' must not be null");
    Objects.requireNonNull(state, "'state' must not be null");
  }

  public static CallLeg pending(LegRole role, DialableNumber number) {
    return new CallLeg(role, number, LegState.PENDING, null, null, null, null, null, null);
  }

  public CallLeg trying(String callId, Instant at) {
    if (state != LegState.PENDING) {
      return this;
    }
    return new CallLeg(role, number, LegState.TRYING, callId, null, at, null, null, null);
  }

  public CallLeg ringing(Instant at) {
    if (state != LegState.TRYING) {
      return this;
    }
    return new CallLeg(role, number, LegState.RINGING, sipCallId, null, tryingAt, at, null, null);
  }

  public CallLeg answered(Instant at) {
    if (state == LegState.ANSWERED || state == LegState.ENDED) {
      return this;
    }
    return new CallLeg(role, number, LegState.ANSWERED, sipCallId, null, tryingAt, ringingAt, at,
        null);
  }

  public CallLeg ended(String reason, Instant at) {
    if (state == LegState.ENDED) {
      return this;
    }
    return new CallLeg(role, number, LegState.ENDED, sipCallId, reason, tryingAt, ringingAt,
        answeredAt, at);
  }

  public boolean isEnded() {
    return state == LegState.ENDED;
  }
}
