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
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.message.Message;
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

  /** Where one side of the call stands. */
  enum Leg { OPEN, CLOSING, ENDED }

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
      URI trunkUri = endpoint.addressFactory().createURI(settings.trunkUri(target));
      trunk = new TrunkLeg(endpoint, settings, trunkUri);
      endpoint.bind(trunk.callId, this);
      trunk.invite(new BridgeMessages(endpoint).trunkInvite(caller.invite, trunkUri,
          trunk.callId));
      noAnswer = timers.schedule(this::noAnswer, settings.noAnswerTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      LOG.warn("Call-through to {}: could not call the trunk: {}", target, e.toString());
      if (trunk != null && trunk.tx == null) {
        trunk.state = Leg.ENDED;
      }
      teardown("could not call the trunk", Response.SERVICE_UNAVAILABLE);
    }
  }

  /** Ends the call from our side (shutdown, maximum duration): 503 or BYE to the caller. */
  synchronized void hangUp(String reason) {
    teardown(reason, Response.SERVICE_UNAVAILABLE);
  }

  synchronized boolean isFinished() {
    return finished;
  }

  /** How the call ended, for {@link CallThroughSipEvents#bridgeEnded}. */
  synchronized String outcome() {
    if (caller.acked) {
      return "answered";
    }
    return switch (endStatus) {
      case Response.REQUEST_TERMINATED -> "cancelled";
      case Response.REQUEST_TIMEOUT -> "timeout";
      case Response.SERVICE_UNAVAILABLE -> "failed";
      default -> "rejected";
    };
  }

  @Override
  public synchronized void onResponse(ResponseEvent event) {
    Response response = event.getResponse();
    CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
    int status = response.getStatusCode();
    String method = cseq == null ? "" : cseq.getMethod();
    boolean fromTrunk = trunk != null && callIdOf(response).equals(trunk.callId);
    if (Request.BYE.equals(method) && status >= 200) {
      ended(fromTrunk);
    } else if (fromTrunk && Request.INVITE.equals(method) && cseq.getSeqNumber() == trunk.cseq) {
      if (status < 200) {
        if (status > 100 && caller.finalStatus == 0 && !ending) {
          caller.respond(status, response);
        }
      } else if (status < 300) {
        answered(event);
      } else if (event.getClientTransaction() == trunk.tx) {
        failed(response, status);
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
    trunk.state = Leg.ENDED;
    int relayed = BridgeMessages.relayedStatus(status);
    if (caller.finalStatus == 0) {
      caller.respond(relayed, response);
      caller.state = Leg.ENDED;
    }
    teardown("the trunk answered " + status, relayed);
  }

  @Override
  public synchronized void onRequest(RequestEvent event, ServerTransaction transaction) {
    Request request = event.getRequest();
    String method = request.getMethod();
    boolean fromCaller = callIdOf(request).equals(caller.callId);
    if (transaction == null) {
      if (fromCaller && Request.ACK.equals(method)) {
        callerAck(request);
      }
    } else if (Request.CANCEL.equals(method) && fromCaller) {
      endpoint.respond(transaction, request, Response.OK);
      if (caller.finalStatus == 0) {
        caller.respond(Response.REQUEST_TERMINATED, null);
        caller.state = Leg.ENDED;
        teardown("the caller cancelled", Response.REQUEST_TERMINATED);
      }
    } else if (Request.BYE.equals(method)) {
      endpoint.respond(transaction, request, Response.OK);
      if (fromCaller) {
        caller.state = Leg.ENDED;
      } else {
        trunk.state = Leg.ENDED;
      }
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
      trunk.state = Leg.ENDED;
      teardown("no response from the trunk", Response.REQUEST_TIMEOUT);
    } else if (Request.BYE.equals(method)) {
      ended(callIdOf(tx.getRequest()).equals(trunk.callId));
    }
  }

  private synchronized void noAnswer() {
    if (trunk != null && !trunk.answered && !ending) {
      teardown("no answer from the trunk", Response.REQUEST_TIMEOUT);
    }
  }

  private synchronized void noAck() {
    if (!caller.acked && !ending) {
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
    if (caller.state == Leg.OPEN) {
      if (caller.finalStatus == 0) {
        caller.respond(callerStatus, null);
        caller.state = Leg.ENDED;
      } else {
        caller.bye();
      }
    }
    if (trunk != null && trunk.state == Leg.OPEN) {
      if (trunk.answered) {
        trunk.ack(null);
        trunk.bye();
      } else {
        trunk.cancel();
      }
    }
    finishIfDone();
  }

  /** A BYE we sent got its answer (or timed out). */
  private void ended(boolean trunkSide) {
    if (trunkSide) {
      trunk.state = Leg.ENDED;
    } else {
      caller.state = Leg.ENDED;
    }
    finishIfDone();
  }

  private void finishIfDone() {
    boolean trunkEnded = trunk == null || trunk.state == Leg.ENDED;
    if (finished || !ending || caller.state != Leg.ENDED || !trunkEnded) {
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
    caller.state = Leg.ENDED;
    if (trunk != null) {
      trunk.state = Leg.ENDED;
    }
    finishIfDone();
  }

  private void unbind() {
    endpoint.unbind(caller.callId);
    if (trunk != null) {
      endpoint.unbind(trunk.callId);
    }
  }

  private static String callIdOf(Message message) {
    CallIdHeader header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
    return header == null ? "" : header.getCallId();
  }

  private static void cancelTimers(ScheduledFuture<?>... timers) {
    for (ScheduledFuture<?> timer : timers) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }
}
