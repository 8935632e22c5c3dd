package dev.switchboard.adapter.sip.callthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipEndpointSettings;
import dev.switchboard.application.service.callthrough.RouteInboundCallService;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.MutableClock;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed SIP at the call-through handler's endpoint (raw UDP on loopback): a request with a
 * broken header gets a 4xx (400 Bad Request where the stack can address an answer; a 404 when it
 * parses but names no usable caller), never a 5xx; unanswerable garbage is dropped; the endpoint
 * keeps answering afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedSipIT {
  static final String ACCESS = "+12025550100";
  private SipEndpoint endpoint;

  @BeforeAll
  void start() {
    endpoint = new SipEndpoint(SipEndpointSettings.loopback(), List.of(
        new CallThroughInviteHandler(new RouteInboundCallService(new InMemoryReservations(),
            new MutableClock(Instant.now())),
            new CallThroughSipSettings(Set.of(ACCESS), "sip:%targetNumber%@127.0.0.1", null))));
    endpoint.start();
  }

  @AfterAll
  void stop() {
    endpoint.stop();
  }

  static String invite(String requestLine, String from, String extra) {
    return inviteWithout(requestLine, from, "Contact: <sip:x@127.0.0.1:5999>\r\n" + extra);
  }

  static String inviteWithout(String requestLine, String from, String extra) {
    return requestLine + "\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-" + System.nanoTime() + "\r\n"
        + (from == null ? "" : "From: " + from + ";tag=1\r\n")
        + "To: <sip:" + ACCESS + "@127.0.0.1>\r\n"
        + "Call-ID: bad-" + System.nanoTime() + "\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Max-Forwards: 70\r\n"
        + extra
        + "Content-Length: 0\r\n\r\n";
  }

  static final String RL = "INVITE sip:" + ACCESS + "@127.0.0.1 SIP/2.0";

  /** Case name, datagram, expected status (0: no answer expected, any 4xx accepted if one comes). */
  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("bad From URI", invite(RL, "<sip:@>", ""), 400),
        Arguments.of("From not a URI", invite(RL, "<<<>>>", ""), 400),
        // No From: no response can be addressed (the stack drops it).
        Arguments.of("missing From", invite(RL, null, ""), 0),
        Arguments.of("missing Contact", inviteWithout(RL, "<sip:+12025550123@h>", ""), 400),
        Arguments.of("bad CSeq", invite(RL, "<sip:+12025550123@h>", "")
            .replace("CSeq: 1 INVITE", "CSeq: x INVITE"), 400),
        Arguments.of("CSeq method mismatch", invite(RL, "<sip:+12025550123@h>", "")
            .replace("CSeq: 1 INVITE", "CSeq: 1 BYE"), 400),
        Arguments.of("negative Content-Length", invite(RL, "<sip:+12025550123@h>", "")
            .replace("Content-Length: 0", "Content-Length: -5"), 0),
        Arguments.of("overlong caller", invite(RL, "<sip:" + "9".repeat(3000) + "@h>", ""), 404),
        Arguments.of("letters as caller", invite(RL, "<sip:alice@h>", ""), 404),
        Arguments.of("hostile PAI", invite(RL, "<sip:anonymous@h>",
            "P-Asserted-Identity: <sip:;;;@@@>, <tel:>, " + "<sip:x@y>, ".repeat(50) + "\r\n"),
            404),
        Arguments.of("bad request URI", invite("INVITE sip:%%%@ SIP/2.0",
            "<sip:+12025550123@h>", ""), 400),
        Arguments.of("binary garbage", "\u0000\u0001\u00ff INVITE \r\n\r\n", 0),
        Arguments.of("no blank line", RL + "\r\nVia: x", 0),
        Arguments.of("wrong version", invite(RL.replace("SIP/2.0", "SIP/3.0"),
            "<sip:+12025550123@h>", ""), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void malformedInvite_getsA4xxOrIsDropped_neverA5xx(String name, String datagram, int expected)
      throws Exception {
    Optional<String> answer = exchange(datagram);

    if (expected > 0) {
      assertThat(answer).as(name).isPresent();
      assertThat(answer.get()).as(name).startsWith("SIP/2.0 " + expected);
    } else {
      answer.ifPresent(a -> assertThat(a).as(name).matches("(?s)SIP/2.0 4\\d\\d.*"));
    }
    assertThat(exchange("OPTIONS sip:ping@127.0.0.1 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bK-o" + System.nanoTime() + "\r\n"
        + "From: <sip:ping@127.0.0.1>;tag=1\r\nTo: <sip:ping@127.0.0.1>\r\n"
        + "Call-ID: ping-" + System.nanoTime() + "\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\n"
        + "Content-Length: 0\r\n\r\n")).as("still alive after " + name)
        .hasValueSatisfying(a -> assertThat(a).startsWith("SIP/2.0 200"));
  }

  /** Sends one datagram; the first final answer within 2 s (100 Trying skipped). */
  private Optional<String> exchange(String datagram) throws Exception {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout(2000);
      byte[] bytes = datagram.replace("127.0.0.1:5999", "127.0.0.1:" + socket.getLocalPort())
          .getBytes(StandardCharsets.ISO_8859_1);
      socket.send(new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(),
          endpoint.port()));
      byte[] buffer = new byte[65536];
      for (int i = 0; i < 3; i++) {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException e) {
          return Optional.empty();
        }
        String text = new String(packet.getData(), 0, packet.getLength(),
            StandardCharsets.ISO_8859_1);
        if (!text.startsWith("SIP/2.0 100")) {
          return Optional.of(text);
        }
      }
      return Optional.empty();
    }
  }
}
