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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Call-through in b2bua mode against two sipp user agents on loopback: a caller dialling the
 * access number and a trunk. The scenarios in {@code sipp/callthrough/b2bua} check the SDP on
 * each side (the caller's offer reaches the trunk, the trunk's answer reaches the caller).
 */
class CallThroughB2buaIT {
  private static final AccessNumber ACCESS = AccessNumber.parse("+12025550100");
  private static final long WAIT = 30;
  private final MutableClock clock = new MutableClock(Instant.now());
  private final InMemoryReservations reservations = new InMemoryReservations();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private SipEndpoint endpoint;
  private CallThroughInviteHandler handler;

  @BeforeEach
  void requireSipp() {
    Sipp.requireSipp();
  }

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.stop();
    }
    if (handler != null) {
      handler.close();
    }
  }

  private void start(Sipp trunk) {
    start(trunk, Optional.empty(), Optional.empty(), Duration.ofSeconds(20));
  }

  private void start(Sipp trunk, Optional<String> user, Optional<String> password,
      Duration noAnswer) {
    handler = new CallThroughInviteHandler(new RouteInboundCallService(reservations, clock),
        new CallThroughSipSettings(Set.of(ACCESS.e164()),
            "sip:%targetNumber%@127.0.0.1:" + trunk.port(), "b2bua", user, password,
            noAnswer, Duration.ofHours(1)),
        new CallThroughSipEvents() {
          @Override
          public void routed(String mode) {
            events.add("routed " + mode);
          }

          @Override
          public void refused() {
            events.add("refused");
          }

          @Override
          public void bridgeEnded(String outcome) {
            events.add("ended " + outcome);
          }
        });
    endpoint = new SipEndpoint(SipEndpointSettings.loopback(), List.of(handler));
    endpoint.start();
  }

  private Reservation reserve(PhoneNumber caller) {
    Reservation r = CallThroughFixtures.aReservation(ACCESS, List.of(caller), clock.instant(),
        Reservation.DEFAULT_WINDOW);
    assertThat(reservations.tryReserve(r)).isTrue();
    return r;
  }

  private Sipp call(String scenario, PhoneNumber caller) throws Exception {
    List<String> args = new ArrayList<>(List.of("-s", ACCESS.e164(), "-key", "caller",
        caller.e164()));
    return Sipp.client(scenario, "127.0.0.1:" + endpoint.port(), 1, args.toArray(String[]::new));
  }

  private void awaitEnded(int calls) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT * 1_000_000_000L;
    while (handler.bridge().orElseThrow().liveCalls() > 0 || endedCount() < calls) {
      assertThat(System.nanoTime()).as("bridged calls still live: " + events).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private long endedCount() {
    return events.stream().filter(e -> e.startsWith("ended")).count();
  }

  @Test
  void answeredCall_isBridged_callerHangsUp_andTheReservationIsConsumed() throws Exception {
    PhoneNumber caller = aNumber();
    Reservation r = reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-answers.xml", 1)) {
      start(trunk);
      try (Sipp uac = call("callthrough/b2bua/caller-hangs-up.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
        assertThat(trunk.messages()).contains("INVITE sip:" + r.target().value() + "@127.0.0.1:"
            + trunk.port());
        assertThat(callIds(trunk.messages())).doesNotContainAnyElementsOf(
            callIds(uac.messages()));
      }
      awaitEnded(1);
      try (Sipp again = call("callthrough/uac-from-expect-404.xml", caller)) {
        again.assertPassed(WAIT);
      }
    }
    assertThat(events).containsExactly("routed b2bua", "ended answered", "refused");
  }

  @Test
  void trunkHangsUp_theCallerGetsTheBye() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-hangs-up.xml", 1)) {
      start(trunk);
      try (Sipp uac = call("callthrough/b2bua/caller-gets-bye.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended answered");
  }

  @Test
  void trunkBusy_theCallerGets486() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-busy.xml", 1)) {
      start(trunk);
      try (Sipp uac = call("callthrough/b2bua/caller-expects-486.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
        assertThat(uac.messages()).contains("SIP/2.0 486 Busy Here");
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended rejected");
  }

  @Test
  void trunkChallenges_theInviteIsRepeatedWithCredentials_andItsAnswerRelayed() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    // The callback's challenging trunk: 401, checks the digest of the second INVITE, then 486.
    try (Sipp trunk = Sipp.server("party-challenges.xml", 1)) {
      start(trunk, Optional.of("trunkuser"), Optional.of("trunkpass"), Duration.ofSeconds(20));
      try (Sipp uac = call("callthrough/b2bua/caller-expects-486.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
        assertThat(uac.messages()).doesNotContain("SIP/2.0 401").contains("SIP/2.0 486 Busy Here");
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended rejected");
  }

  @Test
  void callerCancelsWhileRinging_theTrunkIsCancelled_andTheCallerGets487() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-rings.xml", 1)) {
      start(trunk);
      try (Sipp uac = call("callthrough/b2bua/caller-cancels.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended cancelled");
  }

  @Test
  void trunkNeverAnswers_itIsCancelled_andTheCallerGets408() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-rings.xml", 1)) {
      start(trunk, Optional.empty(), Optional.empty(), Duration.ofSeconds(2));
      try (Sipp uac = call("callthrough/b2bua/caller-expects-408.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended timeout");
  }

  @Test
  void maxForwardsZero_isAnswered483_andTheReservationStays() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-busy.xml", 1)) {
      start(trunk);
      try (Sipp looping = call("callthrough/b2bua/caller-no-hops.xml", caller)) {
        looping.assertPassed(WAIT);
      }
      assertThat(trunk.messages()).doesNotContain("INVITE");
      try (Sipp uac = call("callthrough/b2bua/caller-expects-486.xml", caller)) {
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
    }
    awaitEnded(1);
    assertThat(events).containsExactly("routed b2bua", "ended rejected");
  }

  @Test
  void noReservation_isRefusedAsInRedirectMode_andNothingReachesTheTrunk() throws Exception {
    reserve(aNumber());
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-answers.xml", 1)) {
      start(trunk);
      try (Sipp stranger = call("callthrough/uac-from-expect-404.xml", aNumber())) {
        stranger.assertPassed(WAIT);
        assertThat(stranger.messages()).contains("404 No Pending Call-Through Request");
      }
      Thread.sleep(300);
      assertThat(trunk.messages()).doesNotContain("INVITE");
    }
    assertThat(events).containsExactly("refused");
    assertThat(handler.bridge().orElseThrow().liveCalls()).isZero();
  }

  @Test
  void shutdown_endsABridgedCallWithByeOnBothSides() throws Exception {
    PhoneNumber caller = aNumber();
    reserve(caller);
    try (Sipp trunk = Sipp.server("callthrough/b2bua/trunk-answers.xml", 1)) {
      start(trunk);
      try (Sipp uac = call("callthrough/b2bua/caller-gets-bye.xml", caller)) {
        long deadline = System.nanoTime() + WAIT * 1_000_000_000L;
        while (!trunk.messages().contains("ACK sip:")) {
          assertThat(System.nanoTime()).as(trunk.logs()).isLessThan(deadline);
          Thread.sleep(20);
        }
        endpoint.stop();
        uac.assertPassed(WAIT);
        trunk.assertPassed(WAIT);
      }
    }
    assertThat(events).containsExactly("routed b2bua", "ended answered");
  }

  private static List<String> callIds(String messages) {
    List<String> ids = new ArrayList<>();
    for (String line : messages.split("\r?\n")) {
      if (line.strip().startsWith("Call-ID:")) {
        ids.add(line.strip().substring(8).strip());
      }
    }
    return ids;
  }
}
