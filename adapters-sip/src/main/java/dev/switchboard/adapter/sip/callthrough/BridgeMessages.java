package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipMessages;
import java.text.ParseException;
import java.util.Iterator;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Builds what a {@link BridgedCall} sends: the trunk leg's INVITE (own Call-ID and tags, the
 * caller's identity and SDP offer, Max-Forwards one lower) and the responses relayed to the
 * caller (status, reason phrase and SDP of the trunk's, our To tag and Contact).
 */
final class BridgeMessages {
  private final SipEndpoint endpoint;

  BridgeMessages(SipEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  /** The transport a URI asks for ({@code transport=} parameter), {@code udp} by default. */
  static String transportOf(URI uri) {
    String param = uri instanceof SipURI sip ? sip.getTransportParam() : null;
    return param == null ? "udp" : param;
  }

  /** The transport the caller used (its top Via). */
  static String transportOf(Request request) {
    ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
    return via == null || via.getTransport() == null ? "udp" : via.getTransport();
  }

  /** Max-Forwards the caller's INVITE still allows (70 when it has none). */
  static int maxForwards(Request invite) {
    MaxForwardsHeader header = (MaxForwardsHeader) invite.getHeader(MaxForwardsHeader.NAME);
    return header == null ? 70 : header.getMaxForwards();
  }

  /** The trunk leg's INVITE to {@code trunkUri} on behalf of {@code callerInvite}. */
  Request trunkInvite(Request callerInvite, URI trunkUri, String callId)
      throws ParseException, InvalidArgumentException {
    AddressFactory addresses = endpoint.addressFactory();
    HeaderFactory headers = endpoint.headerFactory();
    String transport = transportOf(trunkUri);
    Address callerAddress = ((FromHeader) callerInvite.getHeader(FromHeader.NAME)).getAddress();
    String user = callerAddress.getURI() instanceof SipURI sip && sip.getUser() != null
        ? sip.getUser() : "switchboard";
    Address from = addresses.createAddress(addresses.createSipURI(user, endpoint.host()));
    if (callerAddress.getDisplayName() != null) {
      from.setDisplayName(callerAddress.getDisplayName());
    }
    Request invite = endpoint.messageFactory().createRequest(trunkUri, Request.INVITE,
        headers.createCallIdHeader(callId), headers.createCSeqHeader(1L, Request.INVITE),
        headers.createFromHeader(from, endpoint.newTag()),
        headers.createToHeader(addresses.createAddress((URI) trunkUri.clone()), null),
        List.of(SipMessages.via(endpoint, transport)),
        headers.createMaxForwardsHeader(Math.max(0, maxForwards(callerInvite) - 1)));
    invite.setHeader(SipMessages.contact(endpoint, transport));
    invite.addHeader(headers.createUserAgentHeader(List.of("Switchboard")));
    String offer = SipMessages.sdpOf(callerInvite);
    if (offer != null) {
      SipMessages.setSdp(endpoint, invite, offer);
    }
    return invite;
  }

  /**
   * A response to the caller's INVITE with {@code status}; with {@code relayed} (the trunk's
   * response) its reason phrase, SDP and, for 3xx, its Contacts are carried over.
   */
  Response toCaller(Request callerInvite, String toTag, int status, Response relayed)
      throws ParseException {
    Response out = endpoint.messageFactory().createResponse(status, callerInvite);
    ((ToHeader) out.getHeader(ToHeader.NAME)).setTag(toTag);
    if (relayed != null && relayed.getReasonPhrase() != null
        && relayed.getStatusCode() == status) {
      out.setReasonPhrase(relayed.getReasonPhrase());
    }
    if (status < 300) {
      out.setHeader(SipMessages.contact(endpoint, transportOf(callerInvite)));
    } else if (status < 400 && relayed != null) {
      Iterator<?> contacts = relayed.getHeaders(ContactHeader.NAME);
      while (contacts.hasNext()) {
        out.addHeader((ContactHeader) contacts.next());
      }
    }
    String sdp = relayed == null ? null : SipMessages.sdpOf(relayed);
    if (sdp != null && status < 300) {
      SipMessages.setSdp(endpoint, out, sdp);
    }
    return out;
  }

  /** The status the caller gets for the trunk's final {@code status}. */
  static int relayedStatus(int status) {
    // The trunk's challenge is for our credentials, not the caller's.
    return status == Response.UNAUTHORIZED || status == Response.PROXY_AUTHENTICATION_REQUIRED
        ? Response.FORBIDDEN : status;
  }

  /** The answer to an in-dialog request a bridged call does not relay. */
  static int otherRequestStatus(String method) {
    return switch (method) {
      case Request.OPTIONS, Request.INFO, Request.NOTIFY -> Response.OK;
      // Re-offers would need relaying to the other side; refused for now.
      case Request.INVITE -> Response.NOT_ACCEPTABLE_HERE;
      case Request.CANCEL -> Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST;
      default -> Response.METHOD_NOT_ALLOWED;
    };
  }

  /** The Call-ID of {@code message}; empty when it has none. */
  static String callIdOf(Message message) {
    CallIdHeader header = (CallIdHeader) message.getHeader(CallIdHeader.NAME);
    return header == null ? "" : header.getCallId();
  }

  /** A bridged call's outcome from whether it was answered and the caller's final status. */
  static String outcome(boolean answered, int callerStatus) {
    if (answered) {
      return "answered";
    }
    return switch (callerStatus) {
      case Response.REQUEST_TERMINATED -> "cancelled";
      case Response.REQUEST_TIMEOUT -> "timeout";
      case Response.SERVICE_UNAVAILABLE -> "failed";
      default -> "rejected";
    };
  }
}
