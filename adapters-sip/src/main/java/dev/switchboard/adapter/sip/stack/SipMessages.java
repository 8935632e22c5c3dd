package dev.switchboard.adapter.sip.stack;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import javax.sip.InvalidArgumentException;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.Message;

/**
 * Small message helpers shared by the calls Switchboard places (callback) and bridges
 * (call-through): SDP bodies, and the Via and Contact headers that name this endpoint.
 */
public final class SipMessages {
  private SipMessages() {}

  /** The SDP body of {@code message}, or null when it carries none. */
  public static String sdpOf(Message message) {
    byte[] raw = message.getRawContent();
    ContentTypeHeader type = (ContentTypeHeader) message.getHeader(ContentTypeHeader.NAME);
    if (raw == null || raw.length == 0 || type == null
        || !"sdp".equalsIgnoreCase(type.getContentSubType())) {
      return null;
    }
    return new String(raw, StandardCharsets.UTF_8);
  }

  /** Sets {@code sdp} as the {@code application/sdp} body of {@code message}. */
  public static void setSdp(SipEndpoint endpoint, Message message, String sdp)
      throws ParseException {
    ContentTypeHeader type = endpoint.headerFactory().createContentTypeHeader("application", "sdp");
    message.setContent(sdp.getBytes(StandardCharsets.UTF_8), type);
  }

  /** A Via naming this endpoint for {@code transport} ({@code udp} or {@code tcp}). */
  public static ViaHeader via(SipEndpoint endpoint, String transport)
      throws ParseException, InvalidArgumentException {
    return endpoint.headerFactory().createViaHeader(endpoint.host(), endpoint.port(),
        transport.toLowerCase(Locale.ROOT), null);
  }

  /** A Contact {@code sip:switchboard@host:port} (with {@code transport=tcp} over TCP). */
  public static ContactHeader contact(SipEndpoint endpoint, String transport)
      throws ParseException {
    SipURI contact = endpoint.addressFactory().createSipURI("switchboard", endpoint.host());
    contact.setPort(endpoint.port());
    if ("tcp".equalsIgnoreCase(transport)) {
      contact.setTransportParam("tcp");
    }
    return endpoint.headerFactory()
        .createContactHeader(endpoint.addressFactory().createAddress(contact));
  }
}
