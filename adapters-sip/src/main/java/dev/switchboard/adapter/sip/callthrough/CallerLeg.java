package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipProvider;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The caller's side of a {@link BridgedCall} (its INVITE's server transaction and dialog). */
final class CallerLeg {
  private static final Logger LOG = LoggerFactory.getLogger(CallerLeg.class);
  private final SipEndpoint endpoint;
  private final BridgeMessages messages;
  private final SipProvider provider;
  private final ServerTransaction tx;
  final Request invite;
  final String callId;
  private final String tag;
  private Dialog dialog;
  /** The final status sent to the caller's INVITE; 0 before. */
  int finalStatus;
  boolean acked;
  LegState state = LegState.OPEN;

  CallerLeg(RequestEvent event, ServerTransaction tx, SipEndpoint endpoint) {
    this.endpoint = endpoint;
    this.messages = new BridgeMessages(endpoint);
    this.provider = (SipProvider) event.getSource();
    this.tx = tx;
    this.invite = event.getRequest();
    this.callId = BridgeMessages.callIdOf(invite);
    this.tag = endpoint.newTag();
  }

  /** Opens the dialog and answers 100 Trying. */
  void trying() throws Exception {
    dialog = provider.getNewDialog(tx);
    endpoint.respond(tx, invite, Response.TRYING);
  }

  /** Answers the INVITE with {@code status}, carrying over what {@code relayed} says. */
  void respond(int status, Response relayed) {
    if (status >= 200) {
      finalStatus = status;
    }
    try {
      tx.sendResponse(messages.toCaller(invite, tag, status, relayed));
    } catch (Exception e) {
      LOG.debug("{} to the caller not sent: {}", status, e.toString());
    }
  }

  /** Ends the answered dialog with a BYE; the leg ends when the BYE gets its answer. */
  void bye() {
    state = LegState.CLOSING;
    try {
      Request bye = dialog.createRequest(Request.BYE);
      ClientTransaction byeTx = provider.getNewClientTransaction(bye);
      dialog.sendRequest(byeTx);
    } catch (Exception e) {
      LOG.debug("BYE to the caller not sent: {}", e.toString());
      state = LegState.ENDED;
    }
  }
}
