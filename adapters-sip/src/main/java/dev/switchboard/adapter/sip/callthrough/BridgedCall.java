package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipMessages;
import dev.switchboard.adapter.sip.stack.SipSession;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sip.ClientTransaction;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One call-through call with Switchboard in the signalling path (back-to-back user agent):
 *
 * <pre>
 *  caller               Switchboard                 trunk
 *   |-- INVITE offer --->|                            |
 *   |<-- 100 ------------|--- INVITE offer (own ids) ->|
 *   |<-- 180/183 (SDP) --|<-- 180/183 (SDP) -----------|
 *   |<-- 200 answer -----|<-- 200 answer --------------|
 *   |--- ACK ----------->|--- ACK -------------------->|
 *   |--- BYE ----------->|--- BYE -------------------->|   (or the other way round)
 * </pre>
 *
 * A final failure of the trunk is relayed to the caller (same status); the caller's CANCEL is
 * relayed (487 to the caller); no final answer from the trunk (Timer B, or the no-answer
 * timeout) gives the caller 408. Every dialog ends: after a BYE, a failure, the maximum
 * duration or shutdown, the other side gets CANCEL or BYE. State is guarded by this object.
 */
final class BridgedCall implements SipSession {
  private static final Logger LOG = LoggerFactory.getLogger(BridgedCall.class);
  private static final long ACK_WAIT_SECONDS = 32;
  private static final long TEARDOWN_GUARD_SECONDS = 40;

  private final SipEndpoint endpoint;
  private final CallThroughSipSettings settings;
  private final ScheduledExecutorService timers;
  private final Consumer<BridgedCall> onFinished;
  private final String target;
  private final CallerLeg caller;
  private TrunkLeg trunk;
  private boolean ending;
  private boolean finished;
  private String endReason;
  private int endStatus;
  private ScheduledFuture<?> noAnswer;
  private ScheduledFuture<?> ackWait;
  private ScheduledFuture<?> maxDuration;
  private ScheduledFuture<?> guard;

  BridgedCall(RequestEvent event, ServerTransaction callerTx, SipEndpoint endpoint,
      String target, CallThroughSipSettings settings, ScheduledExecutorService timers,
      Consumer<BridgedCall> onFinished) {
    this.endpoint = endpoint;
    this.settings = settings;
    this.timers = timers;
    this.onFinished = onFinished;
    this.target = target;
    this.caller = new CallerLeg(event, callerTx, endpoint);
  }

  /** Answers 100 Trying and sends the INVITE to the trunk. */
  synchronized void start() {
    endpoint.bind(caller.callId, this);
    try {
      caller.trying();
      trunk = new TrunkLeg(endpoint, settings, target);
      endpoint.bind(trunk.callId, this);
      trunk.call(caller.invite);
      noAnswer = timers.schedule(this::noAnswer, settings.noAnswerTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("Call-through to {}: could not call the trunk: {}", target, e.toString());
      teardown("could not call the trunk", Response.SERVICE_UNAVAILABLE);
    }
  }

  /** Ends the call from our side (shutdown, maximum duration): 503 or BYE to the caller. */
  synchronized void hangUp(String reason) {
    teardown(reason, Response.SERVICE_UNAVAILABLE);
  }

  /** How the call ended, for {@link CallThroughSipEvents#bridgeEnded}. */
  synchronized String outcome() {
    return BridgeMessages.outcome(caller.acked, endStatus);
  }

  @Override
  public synchronized void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
    int status = response.getStatusCode();
    String method = cseq == null ? "" : cseq.getMethod();
    boolean fromTrunk = trunk != null && BridgeMessages.callIdOf(response).equals(trunk.callId);
    if (Request.BYE.equals(method) && status >= 200) {
      ended(fromTrunk);
    } else if (fromTrunk && Request.INVITE.equals(method) && cseq.getSeqNumber() == trunk.cseq) {
      if (status >= 300 && event.getClientTransaction() == trunk.tx) {
        failed(response, status);
      } else if (status >= 200 && status < 300) {
        answered(event);
      } else if (status > 100 && status < 200 && caller.finalStatus == 0 && !ending) {
        caller.respond(status, response);
      }
    }
  }

  private void answered(ResponseEvent event) {
    if (trunk.answered) {
      return; // a retransmission: our ACK follows the caller's
    }
    trunk.answered(event.getDialog());
    cancelTimers(noAnswer);
    if (ending || caller.finalStatus != 0) {
      // The caller is gone (cancelled, timed out): acknowledge and hang up at once.
      trunk.ack(null);
      trunk.bye();
      finishIfDone();
      return;
    }
    caller.respond(Response.OK, event.getResponse());
    ackWait = timers.schedule(this::noAck, ACK_WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private void failed(Response response, int status) {
    if ((status == 401 || status == 407) && !ending && trunk.retryWithAuth(response)) {
      return;
    }
    trunk.state = LegState.ENDED;
    int relayed = BridgeMessages.relayedStatus(status);
    if (caller.finalStatus == 0) {
      caller.respond(relayed, response);
      caller.state = LegState.ENDED;
    }
    teardown("the trunk answered " + status, relayed);
  }

  @Override
  public synchronized void onRequest(RequestEvent event, ServerTransaction transaction) {
    Request request = event.getRequest();
    String method = request.getMethod();
    boolean fromCaller = BridgeMessages.callIdOf(request).equals(caller.callId);
    if (transaction == null) {
      if (fromCaller && Request.ACK.equals(method)) {
        callerAck(request);
      }
    } else if (Request.CANCEL.equals(method) && fromCaller) {
      endpoint.respond(transaction, request, Response.OK);
      if (caller.finalStatus == 0) {
        caller.respond(Response.REQUEST_TERMINATED, null);
        caller.state = LegState.ENDED;
        teardown("the caller cancelled", Response.REQUEST_TERMINATED);
      }
    } else if (Request.BYE.equals(method)) {
      endpoint.respond(transaction, request, Response.OK);
      ended(!fromCaller);
      teardown((fromCaller ? "the caller" : "the trunk") + " hung up",
          Response.REQUEST_TERMINATED);
    } else {
      endpoint.respond(transaction, request, BridgeMessages.otherRequestStatus(method));
    }
  }

  private void callerAck(Request ack) {
    if (caller.acked || trunk == null || !trunk.answered || caller.finalStatus >= 300) {
      return;
    }
    caller.acked = true;
    cancelTimers(ackWait);
    if (ending) {
      return;
    }
    trunk.ack(SipMessages.sdpOf(ack));
    maxDuration = timers.schedule(() -> hangUp("maximum call duration reached"),
        settings.maxCallDuration().toMillis(), TimeUnit.MILLISECONDS);
    LOG.debug("Call-through to {} bridged", target);
  }

  @Override
  public synchronized void onTimeout(TimeoutEvent event) {
    if (event.isServerTransaction() || trunk == null) {
      return; // an unacknowledged 200 is handled by the ACK wait
    }
    ClientTransaction tx = event.getClientTransaction();
    String method = tx.getRequest().getMethod();
    if (Request.INVITE.equals(method) && tx == trunk.tx) {
      trunk.state = LegState.ENDED;
      teardown("no response from the trunk", Response.REQUEST_TIMEOUT);
    } else if (Request.BYE.equals(method)) {
      ended(BridgeMessages.callIdOf(tx.getRequest()).equals(trunk.callId));
    }
  }

  private synchronized void noAnswer() {
    if (!trunk.answered) {
      teardown("no answer from the trunk", Response.REQUEST_TIMEOUT);
    }
  }

  private synchronized void noAck() {
    if (!caller.acked) {
      teardown("the caller did not acknowledge the answer", Response.REQUEST_TIMEOUT);
    }
  }

  /** Ends both sides; the call finishes once both have ended. */
  private void teardown(String reason, int callerStatus) {
    if (finished) {
      return;
    }
    if (!ending) {
      ending = true;
      endReason = reason;
      endStatus = callerStatus;
      cancelTimers(noAnswer, ackWait, maxDuration);
      guard = timers.schedule(this::forceFinish, TEARDOWN_GUARD_SECONDS, TimeUnit.SECONDS);
    }
    if (caller.state == LegState.OPEN) {
      if (caller.finalStatus == 0) {
        caller.respond(callerStatus, null);
        caller.state = LegState.ENDED;
      } else {
        caller.bye();
      }
    }
    if (trunk != null && trunk.state == LegState.OPEN) {
      if (trunk.answered) {
        trunk.ack(null);
        trunk.bye();
      } else {
        trunk.cancel();
      }
    }
    finishIfDone();
  }

  /** One side's dialog is over (its BYE, or the answer to ours). */
  private void ended(boolean trunkSide) {
    if (trunkSide) {
      trunk.state = LegState.ENDED;
    } else {
      caller.state = LegState.ENDED;
    }
    finishIfDone();
  }

  private void finishIfDone() {
    boolean trunkEnded = trunk == null || trunk.state == LegState.ENDED;
    if (finished || !ending || caller.state != LegState.ENDED || !trunkEnded) {
      return;
    }
    finished = true;
    cancelTimers(guard, noAnswer, ackWait, maxDuration);
    // Keep the Call-IDs bound a little longer: retransmissions still find their call.
    timers.schedule(this::unbind, 32, TimeUnit.SECONDS);
    LOG.info("Call-through to {} ended: {}", target, endReason);
    onFinished.accept(this);
  }

  private synchronized void forceFinish() {
    if (finished) {
      return;
    }
    LOG.warn("Call-through to {}: no confirmation of the teardown in {} s; forgetting the call",
        target, TEARDOWN_GUARD_SECONDS);
    caller.state = LegState.ENDED;
    if (trunk != null) {
      trunk.state = LegState.ENDED;
    }
    finishIfDone();
  }

  private void unbind() {
    endpoint.unbind(caller.callId);
    if (trunk != null) {
      endpoint.unbind(trunk.callId);
    }
  }

  private static void cancelTimers(ScheduledFuture<?>... timers) {
    for (ScheduledFuture<?> timer : timers) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }
}
