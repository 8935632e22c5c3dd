package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.DigestAuth;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipMessages;
import java.text.ParseException;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.SipProvider;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The trunk's side of a {@link BridgedCall} (the INVITE Switchboard sends, its dialog). */
final class TrunkLeg {
  private static final Logger LOG = LoggerFactory.getLogger(TrunkLeg.class);
  private final SipEndpoint endpoint;
  private final CallThroughSipSettings settings;
  private final URI uri;
  private final String transport;
  private final SipProvider provider;
  final String callId;
  private Request invite;
  ClientTransaction tx;
  private Dialog dialog;
  long cseq;
  boolean answered;
  private boolean acked;
  private boolean authTried;
  LegState state = LegState.OPEN;

  TrunkLeg(SipEndpoint endpoint, CallThroughSipSettings settings, String target)
      throws ParseException {
    this.endpoint = endpoint;
    this.settings = settings;
    this.uri = endpoint.addressFactory().createURI(settings.trunkUri(target));
    this.transport = BridgeMessages.transportOf(uri);
    this.provider = endpoint.provider(transport);
    this.callId = provider.getNewCallId().getCallId();
  }

  /** Sends the INVITE for {@code callerInvite} (its identity and SDP offer) to the trunk. */
  void call(Request callerInvite) throws Exception {
    invite(new BridgeMessages(endpoint).trunkInvite(callerInvite, uri, callId));
  }

  /** Sends {@code request} (the INVITE, or it again with credentials) in a new transaction. */
  private void invite(Request request) throws Exception {
    invite = request;
    cseq = ((CSeqHeader) request.getHeader(CSeqHeader.NAME)).getSeqNumber();
    ClientTransaction next = provider.getNewClientTransaction(request);
    dialog = provider.getNewDialog(next);
    tx = next;
    next.sendRequest();
  }

  /** The 2xx's dialog (the one the stack confirmed) from now on. */
  void answered(Dialog confirmed) {
    answered = true;
    if (confirmed != null) {
      dialog = confirmed;
    }
  }

  /** Answers {@code challenge} once with the configured credentials; false when it cannot. */
  boolean retryWithAuth(Response challenge) {
    if (authTried || settings.authUsername().isEmpty()) {
      return false;
    }
    authTried = true;
    try {
      invite(DigestAuth.authorized(endpoint, invite, challenge,
          settings.authUsername().orElseThrow(), settings.authPassword().orElse(""), transport));
      return true;
    } catch (Exception e) {
      LOG.warn("Authenticating to the call-through trunk failed: {}", e.toString());
      return false;
    }
  }

  /** Acknowledges the 2xx (once), with {@code sdp} when the caller sent one in its ACK. */
  void ack(String sdp) {
    if (acked) {
      return;
    }
    acked = true;
    try {
      Request ack = dialog.createAck(cseq);
      if (sdp != null) {
        SipMessages.setSdp(endpoint, ack, sdp);
      }
      dialog.sendAck(ack);
    } catch (Exception e) {
      LOG.debug("ACK to the trunk not sent: {}", e.toString());
    }
  }

  /** Ends the answered dialog; the leg ends when the BYE gets its answer. */
  void bye() {
    state = LegState.CLOSING;
    try {
      Request bye = dialog.createRequest(Request.BYE);
      dialog.sendRequest(provider.getNewClientTransaction(bye));
    } catch (Exception e) {
      LOG.debug("BYE to the trunk not sent: {}", e.toString());
      state = LegState.ENDED;
    }
  }

  /** Cancels the ringing INVITE; the leg ends with the INVITE's final answer (487). */
  void cancel() {
    if (tx == null) {
      state = LegState.ENDED;
      return;
    }
    state = LegState.CLOSING;
    try {
      provider.getNewClientTransaction(tx.createCancel()).sendRequest();
    } catch (Exception e) {
      // No provisional answer yet: the INVITE times out (Timer B), or a late 2xx gets ACK + BYE.
      LOG.debug("CANCEL to the trunk not sent: {}", e.toString());
    }
  }
}
