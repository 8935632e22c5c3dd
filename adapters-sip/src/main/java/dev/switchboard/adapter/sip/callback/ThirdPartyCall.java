package dev.switchboard.adapter.sip.callback;

import dev.switchboard.adapter.sip.callback.CallLegSession.Phase;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipMessages;
import dev.switchboard.adapter.sip.stack.SipSession;
import dev.switchboard.application.port.out.call.CallEvents;
import dev.switchboard.application.port.out.call.CallPlan;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One web callback as third-party call control (RFC 3725 flow III), so that no party's 200 is
 * held unacknowledged while the other one rings:
 *
 * <pre>
 *  first (A)            Switchboard              second (B)
 *   |<-- INVITE (no SDP) --|                        |
 *   |--- 180 / 200 offerA->|                        |
 *   |<-- ACK hold answer --|                        |   A is answered, on hold (black hole)
 *   |                      |--- INVITE (no SDP) --->|
 *   |                      |<-- 180 / 200 offerB ---|
 *   |<-- INVITE offerB ----|                        |   re-INVITE A with B's offer
 *   |--- 200 answerA ----->|                        |
 *   |<-- ACK --------------|--- ACK answerA ------->|   bridged: media flows A <-> B
 * </pre>
 *
 * Every dialog ends: a leg not answered within the timeout is cancelled; a busy or rejected
 * leg, a BYE from either party, a failed re-INVITE, the maximum duration or shutdown tear the
 * other leg down (CANCEL while it rings, ACK + BYE once it answered). All state is guarded by
 * this object's lock; events reach the {@link CallEvents} in order.
 */
final class ThirdPartyCall implements SipSession {
  private static final Logger LOG = LoggerFactory.getLogger(ThirdPartyCall.class);
  private static final long TEARDOWN_GUARD_SECONDS = 40;
  private final CallPlan plan;
  private final CallEvents events;
  private final SipEndpoint endpoint;
  private final TrunkSettings trunk;
  private final ScheduledExecutorService timers;
  private final Consumer<ThirdPartyCall> onFinished;
  private final SipRequests requests;
  private final CallLegSession first;
  private final CallLegSession second;
  private boolean bridged;
  private boolean tearingDown;
  private boolean finished;
  private String endReason;
  private ScheduledFuture<?> maxDuration;
  private ScheduledFuture<?> guard;

  ThirdPartyCall(CallPlan plan, CallEvents events, SipEndpoint endpoint, TrunkSettings trunk,
      ScheduledExecutorService timers, Consumer<ThirdPartyCall> onFinished) {
    this.plan = plan;
    this.events = events;
    this.endpoint = endpoint;
    this.trunk = trunk;
    this.timers = timers;
    this.onFinished = onFinished;
    this.requests = new SipRequests(endpoint, trunk);
    this.first = new CallLegSession(plan.first());
    this.second = new CallLegSession(plan.second());
  }

  CallPlan plan() {
    return plan;
  }

  synchronized boolean isFinished() {
    return finished;
  }

  /** Places the first leg. */
  synchronized void start() {
    invite(first);
  }

  /** Ends the call from our side (shutdown). */
  synchronized void hangUp(String reason) {
    teardown(reason);
  }

  private void invite(CallLegSession leg) {
    try {
      SipProvider provider = provider();
      leg.callId = provider.getNewCallId().getCallId();
      endpoint.bind(leg.callId, this);
      leg.invite = requests.invite(leg, leg.callId);
      leg.inviteCseq = ((CSeqHeader) leg.invite.getHeader(CSeqHeader.NAME)).getSeqNumber();
      sendInvite(leg, leg.invite);
      events.trying(plan.id(), leg.plan.role(), leg.callId);
      leg.noAnswer = timers.schedule(() -> noAnswer(leg), trunk.noAnswerTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("Call {}: could not place the {} leg: {}", plan.id(), role(leg), e.toString());
      leg.phase = Phase.ENDED;
      events.legEnded(plan.id(), leg.plan.role(), "failed: could not send INVITE");
      teardown("failed to place a leg");
    }
  }

  private void sendInvite(CallLegSession leg, Request invite) throws Exception {
    SipProvider provider = provider();
    ClientTransaction tx = provider.getNewClientTransaction(invite);
    leg.dialog = provider.getNewDialog(tx);
    leg.inviteTx = tx;
    leg.phase = Phase.CALLING;
    tx.sendRequest();
  }

  @Override
  public synchronized void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CallLegSession leg = legOf(response);
    if (leg == null) {
      return;
    }
    CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
    int status = response.getStatusCode();
    String method = cseq == null ? "" : cseq.getMethod();
    if (Request.INVITE.equals(method) && cseq.getSeqNumber() == leg.inviteCseq) {
      onInviteResponse(leg, event, status);
    } else if (Request.INVITE.equals(method) && event.getClientTransaction() != null
        && event.getClientTransaction() == leg.reinviteTx) {
      onReinviteResponse(leg, event, status);
    } else if (Request.BYE.equals(method) && status >= 200) {
      legEnded(leg, endReason == null ? "hung up" : endReason);
    }
  }

  private void onInviteResponse(CallLegSession leg, ResponseEvent event, int status) {
    Response response = event.getResponse();
    if (status < 200) {
      if (status > 100 && leg.phase == Phase.CALLING) {
        leg.phase = Phase.EARLY;
        events.ringing(plan.id(), leg.plan.role());
      }
      leg.provisional |= status > 100;
      return;
    }
    if (status >= 300) {
      if (event.getClientTransaction() == null || event.getClientTransaction() != leg.inviteTx) {
        return;
      }
      if ((status == 401 || status == 407) && retryWithAuth(leg, response)) {
        return;
      }
      cancelTimer(leg.noAnswer);
      legEnded(leg, LegEndReason.of(status, leg.phase == Phase.CANCELLING));
      teardown(role(leg) + " party: " + LegEndReason.of(status, false));
      return;
    }
    // 2xx
    if (leg.acked || leg.phase == Phase.ANSWERED || leg.phase == Phase.BYEING) {
      return; // a retransmission; the stack re-sends our ACK
    }
    Dialog dialog = event.getDialog() != null ? event.getDialog() : leg.dialog;
    leg.dialog = dialog;
    cancelTimer(leg.noAnswer);
    String body = SipMessages.sdpOf(response);
    if (tearingDown || leg.phase == Phase.CANCELLING || leg.phase == Phase.ENDED) {
      // Answered after we gave up on it: acknowledge and hang up at once.
      leg.phase = Phase.ANSWERED;
      ack(leg, Sdp.isOffer(body) ? leg.sdp.holdAnswer(body, endpoint.host()) : null);
      bye(leg);
      return;
    }
    leg.phase = Phase.ANSWERED;
    events.answered(plan.id(), leg.plan.role());
    if (!Sdp.isOffer(body)) {
      ack(leg, null);
      teardown("no media offer from the " + role(leg) + " party");
      return;
    }
    leg.offer = body;
    if (leg == first) {
      ack(first, first.sdp.holdAnswer(body, endpoint.host()));
      invite(second);
    } else {
      reinviteFirst();
    }
  }

  /** The second party answered with its offer: offer it to the first party (re-INVITE). */
  private void reinviteFirst() {
    try {
      Request reinvite = first.dialog.createRequest(Request.INVITE);
      requests.addContact(reinvite);
      requests.setSdp(reinvite, first.sdp.relay(second.offer, endpoint.host()));
      ClientTransaction tx = provider().getNewClientTransaction(reinvite);
      first.reinviteTx = tx;
      first.dialog.sendRequest(tx);
    } catch (Exception e) {
      LOG.warn("Call {}: re-INVITE failed: {}", plan.id(), e.toString());
      teardown("media negotiation failed");
    }
  }

  private void onReinviteResponse(CallLegSession leg, ResponseEvent event, int status) {
    if (status < 200) {
      return;
    }
    first.reinviteTx = null;
    if (status >= 300) {
      teardown("media negotiation failed (" + status + ")");
      return;
    }
    long cseq = ((CSeqHeader) event.getResponse().getHeader(CSeqHeader.NAME)).getSeqNumber();
    String answer = SipMessages.sdpOf(event.getResponse());
    try {
      Request ack = first.dialog.createAck(cseq);
      first.dialog.sendAck(ack);
    } catch (Exception e) {
      LOG.debug("Call {}: ACK of the re-INVITE failed: {}", plan.id(), e.toString());
    }
    if (tearingDown) {
      return;
    }
    if (!Sdp.isOffer(answer)) {
      teardown("no media answer from the " + role(first) + " party");
      return;
    }
    ack(second, second.sdp.relay(answer, endpoint.host()));
    bridged = true;
    events.bridged(plan.id());
    maxDuration = timers.schedule(() -> hangUp("maximum call duration reached"),
        trunk.maxCallDuration().toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void onRequest(RequestEvent event, ServerTransaction transaction) {
    Request request = event.getRequest();
    CallLegSession leg = legOf(request);
    if (transaction == null) {
      return; // ACK
    }
    String method = request.getMethod();
    if (leg == null) {
      endpoint.respond(transaction, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    } else if (Request.BYE.equals(method)) {
      endpoint.respond(transaction, request, Response.OK);
      cancelTimer(leg.noAnswer);
      legEnded(leg, "hung up");
      teardown(role(leg) + " party hung up");
    } else if (Request.OPTIONS.equals(method) || Request.INFO.equals(method)
        || Request.NOTIFY.equals(method)) {
      endpoint.respond(transaction, request, Response.OK);
    } else if (Request.INVITE.equals(method)) {
      // Re-offers from a party would need relaying to the other one; refused for now.
      endpoint.respond(transaction, request, Response.NOT_ACCEPTABLE_HERE);
    } else {
      endpoint.respond(transaction, request, Response.METHOD_NOT_ALLOWED);
    }
  }

  @Override
  public synchronized void onTimeout(TimeoutEvent event) {
    if (event.isServerTransaction()) {
      return;
    }
    ClientTransaction tx = event.getClientTransaction();
    CallLegSession leg = legOf(tx.getRequest());
    if (leg == null) {
      return;
    }
    String method = tx.getRequest().getMethod();
    if (Request.INVITE.equals(method) && tx == leg.inviteTx) {
      cancelTimer(leg.noAnswer);
      legEnded(leg, "no response");
      teardown("no response from the " + role(leg) + " party");
    } else if (Request.INVITE.equals(method)) {
      teardown("media negotiation timed out");
    } else if (Request.BYE.equals(method) || Request.CANCEL.equals(method)) {
      legEnded(leg, endReason == null ? "ended" : endReason);
    }
  }

  private synchronized void noAnswer(CallLegSession leg) {
    if (leg.phase == Phase.CALLING || leg.phase == Phase.EARLY) {
      legEndedOnCancel(leg, "no answer");
      teardown("no answer from the " + role(leg) + " party");
    }
  }

  /** Ends both legs; the call finishes once every leg has ended. */
  private void teardown(String reason) {
    if (finished) {
      return;
    }
    if (!tearingDown) {
      tearingDown = true;
      endReason = reason;
      cancelTimer(maxDuration);
      guard = timers.schedule(this::forceFinish, TEARDOWN_GUARD_SECONDS, TimeUnit.SECONDS);
    }
    for (CallLegSession leg : List.of(first, second)) {
      switch (leg.phase) {
        case IDLE -> {
          leg.phase = Phase.ENDED;
        }
        case CALLING, EARLY -> legEndedOnCancel(leg, "cancelled");
        case ANSWERED -> {
          if (!leg.acked) {
            ack(leg, leg.offer == null ? null : leg.sdp.holdAnswer(leg.offer, endpoint.host()));
          }
          bye(leg);
        }
        default -> {
          // CANCELLING, BYEING: waiting for the far end; ENDED: nothing to do.
        }
      }
    }
    finishIfDone();
  }

  /** CANCELs a leg that has not answered; it ends when the INVITE gets its final answer. */
  private void legEndedOnCancel(CallLegSession leg, String reason) {
    cancelTimer(leg.noAnswer);
    try {
      Request cancel = leg.inviteTx.createCancel();
      provider().getNewClientTransaction(cancel).sendRequest();
      leg.phase = Phase.CANCELLING;
      events.legEnded(plan.id(), leg.plan.role(), reason);
    } catch (Exception e) {
      // No provisional response yet: a CANCEL may not be sent; the INVITE times out (Timer B),
      // and a late 200 is acknowledged and hung up.
      LOG.debug("Call {}: CANCEL of the {} leg not sent: {}", plan.id(), role(leg), e.toString());
      leg.phase = Phase.CANCELLING;
      events.legEnded(plan.id(), leg.plan.role(), reason);
    }
  }

  private void ack(CallLegSession leg, String sdp) {
    try {
      Request ack = leg.dialog.createAck(leg.inviteCseq);
      if (sdp != null) {
        requests.setSdp(ack, sdp);
      }
      leg.dialog.sendAck(ack);
      leg.acked = true;
    } catch (Exception e) {
      LOG.debug("Call {}: ACK to the {} leg failed: {}", plan.id(), role(leg), e.toString());
    }
  }

  private void bye(CallLegSession leg) {
    try {
      Request bye = leg.dialog.createRequest(Request.BYE);
      ClientTransaction tx = provider().getNewClientTransaction(bye);
      leg.dialog.sendRequest(tx);
      leg.phase = Phase.BYEING;
    } catch (Exception e) {
      LOG.debug("Call {}: BYE to the {} leg failed: {}", plan.id(), role(leg), e.toString());
      legEnded(leg, endReason == null ? "ended" : endReason);
    }
  }

  private void legEnded(CallLegSession leg, String reason) {
    if (leg.phase == Phase.ENDED) {
      return;
    }
    boolean reported = leg.phase == Phase.CANCELLING;
    leg.phase = Phase.ENDED;
    if (!reported) {
      events.legEnded(plan.id(), leg.plan.role(), reason);
    }
    finishIfDone();
  }

  private void finishIfDone() {
    if (finished || !tearingDown || !first.isEnded() || !second.isEnded()) {
      return;
    }
    finished = true;
    cancelTimer(guard);
    cancelTimer(maxDuration);
    cancelTimer(first.noAnswer);
    cancelTimer(second.noAnswer);
    // Keep the Call-IDs bound a little longer: retransmissions still find their call.
    timers.schedule(this::unbind, 32, TimeUnit.SECONDS);
    onFinished.accept(this);
    events.ended(plan.id(), endReason);
  }

  private synchronized void forceFinish() {
    if (finished) {
      return;
    }
    LOG.warn("Call {}: far end did not confirm the teardown in {} s; forgetting the call",
        plan.id(), TEARDOWN_GUARD_SECONDS);
    for (CallLegSession leg : List.of(first, second)) {
      if (!leg.isEnded()) {
        boolean reported = leg.phase == Phase.CANCELLING;
        leg.phase = Phase.ENDED;
        if (!reported) {
          events.legEnded(plan.id(), leg.plan.role(), endReason);
        }
      }
    }
    finishIfDone();
  }

  private void unbind() {
    for (CallLegSession leg : List.of(first, second)) {
      if (leg.callId != null) {
        endpoint.unbind(leg.callId);
      }
    }
  }

  private boolean retryWithAuth(CallLegSession leg, Response challenge) {
    if (leg.authTried || trunk.authUsername().isEmpty() || tearingDown) {
      return false;
    }
    leg.authTried = true;
    try {
      Request retry = requests.authorized(leg.invite, challenge);
      leg.invite = retry;
      leg.inviteCseq = ((CSeqHeader) retry.getHeader(CSeqHeader.NAME)).getSeqNumber();
      sendInvite(leg, retry);
      return true;
    } catch (Exception e) {
      LOG.warn("Call {}: authenticating to the trunk failed: {}", plan.id(), e.toString());
      return false;
    }
  }

  private CallLegSession legOf(javax.sip.message.Message message) {
    CallIdHeader header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
    String id = header == null ? null : header.getCallId();
    if (id == null) {
      return null;
    }
    if (id.equals(first.callId)) {
      return first;
    }
    return id.equals(second.callId) ? second : null;
  }

  private SipProvider provider() {
    return endpoint.provider(trunk.transport());
  }

  private String role(CallLegSession leg) {
    return leg.plan.role().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void cancelTimer(ScheduledFuture<?> timer) {
    if (timer != null) {
      timer.cancel(false);
    }
  }
}
