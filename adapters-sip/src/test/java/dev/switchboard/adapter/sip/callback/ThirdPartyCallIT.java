package dev.switchboard.adapter.sip.callback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.adapter.sip.stack.SipEndpointSettings;
import dev.switchboard.adapter.sip.testing.Sipp;
import dev.switchboard.application.port.out.call.CallPlan;
import dev.switchboard.application.port.out.call.PlannedLeg;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Third-party call control against two sipp parties on loopback: the scenarios in
 * {@code src/test/resources/sipp} assert where SDP must and must not appear.
 */
class ThirdPartyCallIT {
  private static final long WAIT = 30;
  private SipEndpoint endpoint;
  private JainSipCallControlAdapter calls;
  private final RecordingEvents events = new RecordingEvents();

  @BeforeEach
  void start() {
    Sipp.requireSipp();
    endpoint = new SipEndpoint(SipEndpointSettings.loopback(), List.of());
    endpoint.start();
  }

  @AfterEach
  void stop() {
    if (calls != null) {
      calls.close();
    }
    endpoint.stop();
  }

  private void place(int destinationPort, int callbackPort, Duration noAnswer) {
    place(destinationPort, callbackPort, noAnswer, Optional.empty(), Optional.empty());
  }

  private void place(int destinationPort, int callbackPort, Duration noAnswer,
      Optional<String> user, Optional<String> password) {
    TrunkSettings trunk = new TrunkSettings("sip:%number%@127.0.0.1:9",
        Optional.of("sip:%number%@127.0.0.1:" + destinationPort),
        Optional.of("sip:%number%@127.0.0.1:" + callbackPort), "udp", user, password, noAnswer,
        Duration.ofHours(1));
    calls = new JainSipCallControlAdapter(endpoint, trunk);
    calls.place(new CallPlan(CallId.generate(new SecureRandom()),
        new PlannedLeg(LegRole.DESTINATION, DialableNumber.parse("12345"), Optional.of("98765")),
        new PlannedLeg(LegRole.CALLBACK, DialableNumber.parse("98765"), Optional.of("12345"))),
        events);
  }

  @Test
  void bothAnswer_offerAndAnswerAreRelayed_andShutdownHangsUpBoth() throws Exception {
    try (Sipp a = Sipp.server("party-a-bridged.xml", 1); Sipp b = Sipp.server("party-b-bridged.xml", 1)) {
      place(a.port(), b.port(), Duration.ofSeconds(20));
      assertThat(events.awaitBridged(WAIT)).as(a.logs() + b.logs()).isTrue();

      calls.endAll();

      a.assertPassed(WAIT);
      b.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    // 180 and 200 leave sipp back to back and may be handled in either order: ringing is optional.
    assertThat(events.all()).containsSubsequence("trying DESTINATION", "answered DESTINATION",
        "trying CALLBACK", "answered CALLBACK", "bridged",
        "call ended: service shutting down");
    assertThat(events.endReason()).isEqualTo("service shutting down");
    assertThat(calls.liveCalls()).isZero();
  }

  @Test
  void firstPartyHangsUp_secondGetsBye() throws Exception {
    try (Sipp a = Sipp.server("party-a-hangs-up.xml", 1); Sipp b = Sipp.server("party-b-bridged.xml", 1)) {
      place(a.port(), b.port(), Duration.ofSeconds(20));
      a.assertPassed(WAIT);
      b.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.all()).contains("bridged", "ended DESTINATION: hung up");
    assertThat(events.endReason()).isEqualTo("destination party hung up");
  }

  @Test
  void secondPartyHangsUp_firstGetsBye() throws Exception {
    try (Sipp a = Sipp.server("party-a-bridged.xml", 1); Sipp b = Sipp.server("party-b-hangs-up.xml", 1)) {
      place(a.port(), b.port(), Duration.ofSeconds(20));
      a.assertPassed(WAIT);
      b.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.all()).contains("bridged", "ended CALLBACK: hung up");
    assertThat(events.endReason()).isEqualTo("callback party hung up");
  }

  @Test
  void secondPartyBusy_firstIsHungUp() throws Exception {
    try (Sipp a = Sipp.server("party-a-answered-then-bye.xml", 1);
        Sipp b = Sipp.server("party-b-busy.xml", 1)) {
      place(a.port(), b.port(), Duration.ofSeconds(20));
      a.assertPassed(WAIT);
      b.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.all()).doesNotContain("bridged").contains("ended CALLBACK: busy");
    assertThat(events.endReason()).isEqualTo("callback party: busy");
  }

  @Test
  void firstPartyNeverAnswers_isCancelledAndSecondNeverCalled() throws Exception {
    try (Sipp a = Sipp.server("party-rings-forever.xml", 1)) {
      place(a.port(), 9, Duration.ofSeconds(2));
      a.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.all()).doesNotContain("trying CALLBACK").contains("ended DESTINATION: no answer");
    assertThat(events.endReason()).isEqualTo("no answer from the destination party");
  }

  @Test
  void secondPartyNeverAnswers_isCancelledAndFirstHungUp() throws Exception {
    try (Sipp a = Sipp.server("party-a-answered-then-bye.xml", 1);
        Sipp b = Sipp.server("party-rings-forever.xml", 1)) {
      place(a.port(), b.port(), Duration.ofSeconds(2));
      a.assertPassed(WAIT);
      b.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.all()).contains("ended CALLBACK: no answer");
  }

  @Test
  void partyAnswersWithoutSdp_isAcknowledgedAndHungUp() throws Exception {
    try (Sipp a = Sipp.server("party-answers-without-sdp.xml", 1)) {
      place(a.port(), 9, Duration.ofSeconds(20));
      a.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.endReason()).isEqualTo("no media offer from the destination party");
    assertThat(events.all()).doesNotContain("trying CALLBACK");
    assertThat(calls.liveCalls()).isZero();
  }

  @Test
  void partySendsJunkResponses_callEndsWithoutCrashOrOrphan() throws Exception {
    try (Sipp a = Sipp.server("party-sends-junk.xml", 1)) {
      place(a.port(), 9, Duration.ofSeconds(20));
      a.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.endReason()).isEqualTo("destination party: rejected (500)");
    assertThat(calls.liveCalls()).isZero();
  }

  @Test
  void trunkChallenges_inviteIsRepeatedWithDigestCredentials() throws Exception {
    try (Sipp a = Sipp.server("party-challenges.xml", 1)) {
      place(a.port(), 9, Duration.ofSeconds(20), Optional.of("trunkuser"), Optional.of("trunkpass"));
      a.assertPassed(WAIT);
    }
    assertThat(events.awaitEnded(WAIT)).isTrue();
    assertThat(events.endReason()).isEqualTo("destination party: busy");
  }

  @Test
  void trunkChallengesWithoutCredentials_legIsRejected() throws Exception {
    try (Sipp a = Sipp.server("party-challenges.xml", 1)) {
      place(a.port(), 9, Duration.ofSeconds(20));
      assertThat(events.awaitEnded(WAIT)).isTrue();
    }
    assertThat(events.endReason()).isEqualTo("destination party: rejected (401)");
  }
}
