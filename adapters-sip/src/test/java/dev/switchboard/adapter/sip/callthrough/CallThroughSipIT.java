package dev.switchboard.adapter.sip.callthrough;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipEndpointSettings;
import dev.switchboard.adapter.sip.testing.Sipp;
import dev.switchboard.application.service.callthrough.RouteInboundCallService;
import dev.switchboard.application.testing.CallThroughFixtures;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.callthrough.Reservation;
import dev.switchboard.domain.phone.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Call-through routing against sipp on loopback: the handler on a real {@link SipEndpoint},
 * reservations in memory, a clock the test moves (the 60-second window without waiting).
 */
class CallThroughSipIT {
  static final AccessNumber ACCESS = AccessNumber.parse("+12025550100");
  static final String TRUNK = "sip:%targetNumber%@127.0.0.1:5999";
  private final MutableClock clock = new MutableClock(Instant.now());
  private final InMemoryReservations reservations = new InMemoryReservations();
  private SipEndpoint endpoint;

  @BeforeEach
  void start() {
    Sipp.requireSipp();
    CallThroughInviteHandler handler = new CallThroughInviteHandler(
        new RouteInboundCallService(reservations, clock),
        new CallThroughSipSettings(Set.of(ACCESS.e164()), TRUNK, "redirect"));
    endpoint = new SipEndpoint(SipEndpointSettings.loopback(), List.of(handler));
    endpoint.start();
  }

  @AfterEach
  void stop() {
    endpoint.stop();
  }

  private Reservation reserve(PhoneNumber caller) {
    Reservation r = CallThroughFixtures.aReservation(ACCESS, List.of(caller), clock.instant(),
        Reservation.DEFAULT_WINDOW);
    assertThat(reservations.tryReserve(r)).isTrue();
    return r;
  }

  private Sipp call(String scenario, PhoneNumber caller, String... extra) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("-s", ACCESS.e164(), "-key", "caller",
        caller.e164()));
    args.addAll(List.of(extra));
    return Sipp.client("callthrough/" + scenario, "127.0.0.1:" + endpoint.port(), 1,
        args.toArray(String[]::new));
  }

  @Test
  void inviteInsideTheWindow_isRedirectedToTheTarget_once() throws Exception {
    PhoneNumber caller = aNumber();
    Reservation r = reserve(caller);
    clock.advance(Duration.ofSeconds(59));

    try (Sipp uac = call("uac-from-expect-302.xml", caller)) {
      uac.assertPassed(30);
      assertThat(uac.messages()).contains("Contact: <sip:" + r.target().value()
          + "@127.0.0.1:5999>");
    }
    try (Sipp again = call("uac-from-expect-404.xml", caller)) {
      again.assertPassed(30);
    }
  }

  @Test
  void inviteAfterTheWindow_isRefused() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    clock.advance(Reservation.DEFAULT_WINDOW);

    try (Sipp uac = call("uac-from-expect-404.xml", caller)) {
      uac.assertPassed(30);
    }
  }

  @Test
  void inviteFromAnotherCaller_isRefused_andTheReservationStays() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);

    try (Sipp stranger = call("uac-from-expect-404.xml", aNumber())) {
      stranger.assertPassed(30);
    }
    try (Sipp owner = call("uac-from-expect-302.xml", caller)) {
      owner.assertPassed(30);
    }
  }

  @Test
  void callerInPAssertedIdentity_isRecognised_overTcpToo() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);

    try (Sipp uac = call("uac-pai-expect-302.xml", caller, "-t", "t1")) {
      uac.assertPassed(30);
    }
  }
}
