package dev.switchboard.adapter.sip.stack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.sip.testing.Sipp;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.address.SipURI;
import javax.sip.header.ContactHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint's dispatch of out-of-dialog INVITEs, against sipp on loopback. */
class SipEndpointIT {
  private final AtomicInteger handled = new AtomicInteger();
  private SipEndpoint endpoint;

  /** Redirects INVITEs to user "redirect" (what call-through does). */
  private final InboundInviteHandler redirect = new InboundInviteHandler() {
    @Override
    public boolean accepts(Request invite) {
      return invite.getRequestURI() instanceof SipURI uri && "redirect".equals(uri.getUser());
    }

    @Override
    public void handle(RequestEvent event, ServerTransaction transaction, SipEndpoint endpoint) {
      try {
        Response moved = endpoint.messageFactory().createResponse(302, event.getRequest());
        ((ToHeader) moved.getHeader(ToHeader.NAME)).setTag(endpoint.newTag());
        ContactHeader contact = endpoint.headerFactory().createContactHeader(
            endpoint.addressFactory().createAddress("sip:+12025550123@127.0.0.1"));
        moved.addHeader(contact);
        transaction.sendResponse(moved);
        handled.incrementAndGet();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  };

  @BeforeEach
  void start() {
    Sipp.requireSipp();
    endpoint = new SipEndpoint(SipEndpointSettings.loopback(), List.of(redirect));
    endpoint.start();
  }

  @AfterEach
  void stop() {
    endpoint.stop();
  }

  @Test
  void givenInviteAHandlerAccepts_theHandlerAnswers() throws Exception {
    try (Sipp uac = Sipp.client("uac-expect-302.xml", "127.0.0.1:" + endpoint.port(), 1,
        "-s", "redirect")) {
      uac.assertPassed(30);
    }
    assertThat(handled).hasValue(1);
  }

  @Test
  void givenInviteNoHandlerAccepts_theEndpointAnswers404() throws Exception {
    try (Sipp uac = Sipp.client("uac-expect-404.xml", "127.0.0.1:" + endpoint.port(), 1,
        "-s", "12345")) {
      uac.assertPassed(30);
    }
    assertThat(handled).hasValue(0);
  }

  @Test
  void givenTcp_theEndpointListensOnTheSamePort() throws Exception {
    try (Sipp uac = Sipp.client("uac-expect-404.xml", "127.0.0.1:" + endpoint.port(), 1,
        "-s", "12345", "-t", "t1")) {
      uac.assertPassed(30);
    }
  }
}
