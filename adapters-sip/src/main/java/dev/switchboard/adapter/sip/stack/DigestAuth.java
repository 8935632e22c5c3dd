package dev.switchboard.adapter.sip.stack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ViaHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * Answers a trunk's digest challenge (RFC 2617 MD5, with or without {@code qop=auth}) to an
 * INVITE Switchboard sent: the same request with the next CSeq, a new branch and credentials.
 */
public final class DigestAuth {
  private static final SecureRandom RANDOM = new SecureRandom();

  private DigestAuth() {}

  /**
   * {@code request} again, authorised for {@code challenge} (401 or 407) with {@code user} and
   * {@code password}, sent over {@code transport}; fails when the challenge has no
   * authenticate header.
   */
  public static Request authorized(SipEndpoint endpoint, Request request, Response challenge,
      String user, String password, String transport)
      throws ParseException, InvalidArgumentException {
    Request retry = (Request) request.clone();
    retry.removeHeader(ViaHeader.NAME);
    retry.addHeader(SipMessages.via(endpoint, transport));
    CSeqHeader cseq = (CSeqHeader) retry.getHeader(CSeqHeader.NAME);
    cseq.setSeqNumber(cseq.getSeqNumber() + 1);
    boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
    WWWAuthenticateHeader ask = (WWWAuthenticateHeader) challenge.getHeader(
        proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
    if (ask == null) {
      throw new ParseException("challenge without an authenticate header", 0);
    }
    String uri = request.getRequestURI().toString();
    String realm = ask.getRealm();
    String nonce = ask.getNonce();
    String ha1 = md5(user + ":" + realm + ":" + password);
    String ha2 = md5(request.getMethod() + ":" + uri);
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

  private static String md5(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is not available", e);
    }
  }
}
