package dev.switchboard.adapter.sip.callback;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.UserAgentHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/** Builds the requests a third-party call sends towards the trunk. */
final class SipRequests {
  private static final SecureRandom RANDOM = new SecureRandom();
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
    SipURI contact = endpoint.addressFactory().createSipURI("switchboard", endpoint.host());
    contact.setPort(endpoint.port());
    if ("tcp".equalsIgnoreCase(trunk.transport())) {
      contact.setTransportParam("tcp");
    }
    ContactHeader header = endpoint.headerFactory()
        .createContactHeader(endpoint.addressFactory().createAddress(contact));
    request.setHeader(header);
  }

  void setSdp(Request request, String sdp) throws ParseException {
    ContentTypeHeader type = endpoint.headerFactory().createContentTypeHeader("application", "sdp");
    request.setContent(sdp.getBytes(StandardCharsets.UTF_8), type);
  }

  /** {@code invite} again with the next CSeq, a new branch and digest credentials. */
  Request authorized(Request invite, Response challenge)
      throws ParseException, InvalidArgumentException {
    Request retry = (Request) invite.clone();
    retry.removeHeader(ViaHeader.NAME);
    retry.addHeader(via());
    CSeqHeader cseq = (CSeqHeader) retry.getHeader(CSeqHeader.NAME);
    cseq.setSeqNumber(cseq.getSeqNumber() + 1);
    boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
    WWWAuthenticateHeader ask = (WWWAuthenticateHeader) challenge.getHeader(
        proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
    if (ask == null) {
      throw new ParseException("challenge without an authenticate header", 0);
    }
    String user = trunk.authUsername().orElseThrow();
    String password = trunk.authPassword().orElse("");
    String uri = invite.getRequestURI().toString();
    String realm = ask.getRealm();
    String nonce = ask.getNonce();
    String ha1 = md5(user + ":" + realm + ":" + password);
    String ha2 = md5(Request.INVITE + ":" + uri);
    HeaderFactory headers = endpoint.headerFactory();
    AuthorizationHeader auth = proxy
        ? headers.createProxyAuthorizationHeader("Digest")
        : headers.createAuthorizationHeader("Digest");
    auth.setUsername(user);
    auth.setRealm(realm);
    auth.setNonce(nonce);
    auth.setURI(endpoint.addressFactory().createURI(uri));
    auth.setAlgorithm("MD5");
    if (ask.getOpaque() != null) {
      auth.setOpaque(ask.getOpaque());
    }
    String qop = ask.getQop();
    if (qop != null && List.of(qop.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("auth")) {
      String cnonce = HexFormat.of().formatHex(RANDOM.generateSeed(8));
      auth.setQop("auth");
      auth.setNonceCount(1);
      auth.setCNonce(cnonce);
      auth.setResponse(md5(ha1 + ":" + nonce + ":00000001:" + cnonce + ":auth:" + ha2));
    } else {
      auth.setResponse(md5(ha1 + ":" + nonce + ":" + ha2));
    }
    retry.setHeader(auth);
    return retry;
  }

  private ViaHeader via() throws ParseException, InvalidArgumentException {
    return endpoint.headerFactory().createViaHeader(endpoint.host(), endpoint.port(),
        trunk.transport().toLowerCase(Locale.ROOT), null);
  }

  /** A caller ID as the user part of a SIP URI: digits, '+', letters; anything else dropped. */
  private static String sipUser(String callerId) {
    String clean = callerId.replaceAll("[^A-Za-z0-9+._-]", "");
    return clean.isEmpty() ? "switchboard" : clean;
  }

  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }
}
