package dev.switchboard.adapter.sip.callback;

import dev.switchboard.adapter.sip.stack.DigestAuth;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipMessages;
import java.text.ParseException;
import java.util.List;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CallIdHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds the requests a third-party call sends towards the trunk. */
final class SipRequests {
  private final SipEndpoint endpoint;
  private final TrunkSettings trunk;

  SipRequests(SipEndpoint endpoint, TrunkSettings trunk) {
    this.endpoint = endpoint;
    this.trunk = trunk;
  }

  /** An INVITE without SDP for {@code leg}, caller ID in From. */
  Request invite(CallLegSession leg, String callId) throws ParseException, InvalidArgumentException {
    AddressFactory addresses = endpoint.addressFactory();
    HeaderFactory headers = endpoint.headerFactory();
    URI target = addresses.createURI(trunk.uriFor(leg.plan.role(), leg.plan.number().value()));
    if (target instanceof SipURI sip && "tcp".equalsIgnoreCase(trunk.transport())) {
      sip.setTransportParam("tcp");
    }
    String callerUser = leg.plan.callerId().map(SipRequests::sipUser).orElse("switchboard");
    Address from = addresses.createAddress(
        addresses.createSipURI(callerUser, endpoint.host()));
    Address to = addresses.createAddress(target);
    CallIdHeader callIdHeader = headers.createCallIdHeader(callId);
    Request invite = endpoint.messageFactory().createRequest(target, Request.INVITE, callIdHeader,
        headers.createCSeqHeader(1L, Request.INVITE),
        headers.createFromHeader(from, endpoint.newTag()), headers.createToHeader(to, null),
        List.of(via()), headers.createMaxForwardsHeader(70));
    addContact(invite);
    invite.addHeader(headers.createUserAgentHeader(List.of("Switchboard")));
    return invite;
  }

  void addContact(Request request) throws ParseException {
    request.setHeader(SipMessages.contact(endpoint, trunk.transport()));
  }

  void setSdp(Request request, String sdp) throws ParseException {
    SipMessages.setSdp(endpoint, request, sdp);
  }

  /** {@code invite} again with the next CSeq, a new branch and digest credentials. */
  Request authorized(Request invite, Response challenge)
      throws ParseException, InvalidArgumentException {
    return DigestAuth.authorized(endpoint, invite, challenge, trunk.authUsername().orElseThrow(),
        trunk.authPassword().orElse(""), trunk.transport());
  }

  private ViaHeader via() throws ParseException, InvalidArgumentException {
    return SipMessages.via(endpoint, trunk.transport());
  }

  /** A caller ID as the user part of a SIP URI: digits, '+', letters; anything else dropped. */
  private static String sipUser(String callerId) {
    String clean = callerId.replaceAll("[^A-Za-z0-9+._-]", "");
    return clean.isEmpty() ? "switchboard" : clean;
  }
}
