package dev.switchboard.adapter.http.callback;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.call.CallLeg;
import dev.switchboard.domain.call.CallbackCall;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A call record as {@code GET /webcallback/{id}} shows it: state, both legs with their SIP
 * Call-IDs and timestamps, the bridged (billable) seconds and the charge. Absent times are
 * left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallRecordResponse(String callId, String state, String firstLeg, Instant createdAt,
    Instant bridgedAt, Instant endedAt, String endReason, long bridgedSeconds, BigDecimal charged,
    Leg destination, Leg callback) {

  /** One leg. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Leg(String number, String state, String sipCallId, String endReason,
      Instant tryingAt, Instant ringingAt, Instant answeredAt, Instant endedAt) {
    static Leg of(CallLeg leg) {
      return new Leg(leg.number().value(), lower(leg.state().name()), leg.sipCallId(),
          leg.endReason(), leg.tryingAt(), leg.ringingAt(), leg.answeredAt(), leg.endedAt());
    }
  }

  static CallRecordResponse of(CallbackCall call, Instant now) {
    return new CallRecordResponse(call.id().value(), lower(call.state().name()),
        lower(call.firstLeg().name()), call.createdAt(), call.bridgedAt(), call.endedAt(),
        call.endReason(), call.bridgedDuration(now).toSeconds(), call.charged(),
        Leg.of(call.destination()), Leg.of(call.callback()));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
