package dev.switchboard.adapter.sip.callback;

import dev.switchboard.application.port.out.call.PlannedLeg;
import java.util.concurrent.ScheduledFuture;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.message.Request;

/** The SIP side of one leg of a {@link ThirdPartyCall}; guarded by the call's lock. */
final class CallLegSession {
  enum Phase { IDLE, CALLING, EARLY, ANSWERED, CANCELLING, BYEING, ENDED }

  final PlannedLeg plan;
  final Sdp sdp = new Sdp();
  String callId;
  Request invite;
  ClientTransaction inviteTx;
  ClientTransaction reinviteTx;
  Dialog dialog;
  Phase phase = Phase.IDLE;
  boolean provisional;
  boolean acked;
  boolean authTried;
  long inviteCseq;
  /** The description this party offered in its 200 (its media address). */
  String offer;
  ScheduledFuture<?> noAnswer;

  CallLegSession(PlannedLeg plan) {
    this.plan = plan;
  }

  boolean isEnded() {
    return phase == Phase.ENDED;
  }

  boolean isLive() {
    return phase != Phase.IDLE && phase != Phase.ENDED;
  }
}
