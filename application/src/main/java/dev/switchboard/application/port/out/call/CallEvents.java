package dev.switchboard.application.port.out.call;

import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.LegRole;

/**
 * Listener a {@link CallControl} reports to while a call progresses. Calls for one call arrive
 * in order, never concurrently; {@link #ended} comes exactly once, last.
 */
public interface CallEvents {

  /** The leg's INVITE went out with SIP Call-ID {@code sipCallId}. */
  void trying(CallId call, LegRole leg, String sipCallId);

  void ringing(CallId call, LegRole leg);

  void answered(CallId call, LegRole leg);

  /** Both parties answered and exchanged media descriptions: talk time starts. */
  void bridged(CallId call);

  /** The leg ended ({@code reason}: e.g. "busy", "no answer", "hung up", "rejected 403"). */
  void legEnded(CallId call, LegRole leg, String reason);

  /** Every dialog of the call is over; {@code reason} says why the call ended. */
  void ended(CallId call, String reason);
}
