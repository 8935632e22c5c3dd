package dev.switchboard.adapter.sip.callthrough;

import dev.switchboard.adapter.sip.stack.InboundInviteHandler;
import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.application.port.in.callthrough.CallRoute;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallCommand;
import dev.switchboard.application.port.in.callthrough.RouteInboundCallUseCase;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.address.SipURI;
import javax.sip.address.TelURL;
import javax.sip.address.URI;
import javax.sip.header.ContactHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes INVITEs whose Request-URI names a DTMF-less access number; the caller (From, then each
 * P-Asserted-Identity) and the access number select the pending reservation, which is consumed:
 * 302 with a Contact of the target through the trunk, or (b2bua mode) a call Switchboard places
 * to the trunk itself and stays in ({@link CallThroughBridge}). No reservation: 404 with a reason
 * phrase.
 */
public final class CallThroughInviteHandler implements InboundInviteHandler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallThroughInviteHandler.class);
  static final String NO_RESERVATION = "No Pending Call-Through Request";
  static final String NO_CALLER = "Caller Number Unknown";
  private static final Pattern IDENTITY = Pattern.compile("(?:sips?|tel):([^@;>\\s]{1,64})");
  private static final int MAX_IDENTITIES = 4;
  private final RouteInboundCallUseCase router;
  private final CallThroughSipSettings settings;
  private final CallThroughSipEvents events;
  private final CallThroughBridge bridge;

  public CallThroughInviteHandler(RouteInboundCallUseCase router,
      CallThroughSipSettings settings) {
    this(router, settings, CallThroughSipEvents.NONE);
  }

  public CallThroughInviteHandler(RouteInboundCallUseCase router,
      CallThroughSipSettings settings, CallThroughSipEvents events) {
    this.router = router;
    this.settings = settings;
    this.events = events;
    this.bridge = settings.b2bua() ? new CallThroughBridge(settings, events) : null;
  }

  /** The b2bua mode's live calls; empty in redirect mode. */
  public Optional<CallThroughBridge> bridge() {
    return Optional.ofNullable(bridge);
  }

  @Override
  public void close() {
    if (bridge != null) {
      bridge.close();
    }
  }

  @Override
  public boolean accepts(Request invite) {
    return number(invite.getRequestURI()).map(CallThroughInviteHandler::e164)
        .filter(settings.accessNumbers()::contains).isPresent();
  }

  @Override
  public void handle(RequestEvent event, ServerTransaction transaction, SipEndpoint endpoint) {
    Request invite = event.getRequest();
    if (bridge != null && BridgeMessages.maxForwards(invite) <= 0) {
      endpoint.respond(transaction, invite, Response.TOO_MANY_HOPS);
      return;
    }
    String called = number(invite.getRequestURI()).orElse("");
    CallRoute route = router.route(new RouteInboundCallCommand(called, callerIds(invite)));
    if (route instanceof CallRoute.Routed routed) {
      String target = routed.reservation().target().value();
      events.routed(settings.mode());
      if (bridge != null) {
        bridge.bridge(event, transaction, endpoint, target);
      } else {
        redirect(endpoint, transaction, invite, settings.trunkUri(target));
      }
      LOG.info("Call-through INVITE to {} from {} {} to {} for {}", called,
          routed.reservation().callers().get(0), bridge != null ? "bridged" : "redirected",
          routed.reservation().target(), routed.reservation().account());
      return;
    }
    CallRoute.Reason reason = ((CallRoute.Refused) route).reason();
    refuse(endpoint, transaction, invite,
        reason == CallRoute.Reason.NO_RESERVATION ? NO_RESERVATION : NO_CALLER);
    events.refused();
    LOG.debug("Call-through INVITE to {} refused: {}", called, reason);
  }

  private static List<String> callerIds(Request invite) {
    List<String> ids = new ArrayList<>();
    FromHeader from = (FromHeader) invite.getHeader(FromHeader.NAME);
    if (from != null) {
      number(from.getAddress().getURI()).ifPresent(ids::add);
    }
    Iterator<?> pai = invite.getHeaders("P-Asserted-Identity");
    while (pai != null && pai.hasNext() && ids.size() < MAX_IDENTITIES) {
      Matcher m = IDENTITY.matcher(((Header) pai.next()).toString());
      while (m.find() && ids.size() < MAX_IDENTITIES) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The user part of a sip: URI or the number of a tel: URL. */
  private static Optional<String> number(URI uri) {
    if (uri instanceof SipURI sip) {
      return Optional.ofNullable(sip.getUser());
    }
    if (uri instanceof TelURL tel) {
      return Optional.ofNullable(tel.getPhoneNumber())
          .map(n -> tel.isGlobal() ? "+" + n : n);
    }
    return Optional.empty();
  }

  /** {@code +12025550100}, {@code 12025550100} and {@code 0012025550100} alike. */
  private static String e164(String user) {
    String digits = user.replaceAll("[\\s\\-().]", "");
    if (digits.startsWith("00")) {
      return "+" + digits.substring(2);
    }
    return digits.startsWith("+") ? digits : "+" + digits;
  }

  private static void redirect(SipEndpoint endpoint, ServerTransaction transaction,
      Request invite, String target) {
    try {
      Response moved = endpoint.messageFactory().createResponse(Response.MOVED_TEMPORARILY,
          invite);
      tag(endpoint, moved);
      ContactHeader contact = endpoint.headerFactory().createContactHeader(
          endpoint.addressFactory().createAddress(target));
      moved.addHeader(contact);
      transaction.sendResponse(moved);
    } catch (ParseException | SipException | InvalidArgumentException e) {
      throw new IllegalStateException("Could not redirect a call-through INVITE: " + e, e);
    }
  }

  private static void refuse(SipEndpoint endpoint, ServerTransaction transaction,
      Request invite, String phrase) {
    try {
      Response notFound = endpoint.messageFactory().createResponse(Response.NOT_FOUND, invite);
      notFound.setReasonPhrase(phrase);
      tag(endpoint, notFound);
      transaction.sendResponse(notFound);
    } catch (ParseException | SipException | InvalidArgumentException e) {
      throw new IllegalStateException("Could not refuse a call-through INVITE: " + e, e);
    }
  }

  private static void tag(SipEndpoint endpoint, Response response) throws ParseException {
    ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
    if (to != null && to.getTag() == null) {
      to.setTag(endpoint.newTag());
    }
  }
}
