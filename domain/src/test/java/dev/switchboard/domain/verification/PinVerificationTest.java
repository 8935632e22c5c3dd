package dev.switchboard.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinVerificationTest {
  private static final VerificationPolicy POLICY = VerificationPolicy.DEFAULT;
  private static final PhoneNumber NUMBER = PhoneNumber.parseE164("+12025550123");
  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private static PinVerification issued(Instant at, Optional<PinVerification> previous) {
    return PinVerification.issue(NUMBER, "seed", SecretHash.of("123456", new SecureRandom()), at,
        POLICY, previous);
  }

  @Test
  void givenNoState_decide_issuesANewPin() {
    assertThat(PinVerification.decide(Optional.empty(), T0, POLICY))
        .isInstanceOf(SendDecision.IssueNewPin.class);
  }

  @Test
  void givenLivePin_resendFollowsTheSchedule() {
    PinVerification v = issued(T0, Optional.empty());

    assertThat(PinVerification.decide(Optional.of(v), T0.plusSeconds(30), POLICY))
        .isInstanceOf(SendDecision.Refused.class);
    SendDecision second = PinVerification.decide(Optional.of(v), T0.plusSeconds(60), POLICY);
    assertThat(second).isInstanceOf(SendDecision.ResendSamePin.class);
    PinVerification v2 = ((SendDecision.ResendSamePin) second).next();
    assertThat(v2.sends()).isEqualTo(2);
    assertThat(v2.seed()).isEqualTo(v.seed());
    assertThat(v2.version()).isEqualTo(v.version() + 1);

    SendDecision tooSoon = PinVerification.decide(Optional.of(v2), T0.plusSeconds(60 + 119), POLICY);
    assertThat(((SendDecision.Refused) tooSoon).retryAfter()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void givenFiveSendsOfOnePin_decide_refusesUntilItExpires() {
    PinVerification v = issued(T0, Optional.empty());
    for (int i = 0; i < 4; i++) {
      v = v.resent(T0);
    }
    assertThat(v.sends()).isEqualTo(5);

    SendDecision d = PinVerification.decide(Optional.of(v), T0.plusSeconds(300), POLICY);

    assertThat(d).isInstanceOf(SendDecision.Refused.class);
    assertThat(((SendDecision.Refused) d).retryAfter()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void givenExpiredPin_decide_issuesANewPinInTheSameDay() {
    PinVerification v = issued(T0, Optional.empty());
    Instant later = T0.plus(Duration.ofMinutes(11));

    assertThat(PinVerification.decide(Optional.of(v), later, POLICY)).isInstanceOf(SendDecision.IssueNewPin.class);
    PinVerification next = issued(later, Optional.of(v));
    assertThat(next.daySends()).isEqualTo(2);
    assertThat(next.dayStart()).isEqualTo(T0);
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.sends()).isEqualTo(1);
  }

  @Test
  void givenDailyCapReached_decide_refusesUntilTheWindowEnds() {
    PinVerification v = issued(T0, Optional.empty());
    for (int i = 1; i < POLICY.dailyCap(); i++) {
      v = issued(T0.plus(Duration.ofMinutes(11L * i)), Optional.of(v));
    }
    Instant now = T0.plus(Duration.ofHours(5));

    SendDecision d = PinVerification.decide(Optional.of(v), now, POLICY);

    assertThat(((SendDecision.Refused) d).retryAfter()).isEqualTo(Duration.ofHours(19));
    assertThat(PinVerification.decide(Optional.of(v), T0.plus(Duration.ofHours(24)), POLICY))
        .isInstanceOf(SendDecision.IssueNewPin.class);
  }

  @Test
  void givenWrongTriesUpToTheLimit_pinIsDead() {
    PinVerification v = issued(T0, Optional.empty());
    for (int i = 0; i < POLICY.maxWrongTries(); i++) {
      assertThat(v.isDead(POLICY)).isFalse();
      v = v.withWrongTry();
    }
    assertThat(v.isDead(POLICY)).isTrue();
    assertThat(v.isUsable(T0, POLICY)).isFalse();
  }

  @Test
  void givenConsumedPin_isNotUsable() {
    assertThat(issued(T0, Optional.empty()).asConsumed().isUsable(T0, POLICY)).isFalse();
  }

  @Test
  void givenRefusedSend_undoSend_restoresTheCounters() {
    PinVerification v = issued(T0, Optional.empty()).undoSend(Instant.EPOCH);
    assertThat(v.sends()).isZero();
    assertThat(v.daySends()).isZero();
    assertThat(PinVerification.decide(Optional.of(v), T0, POLICY)).isInstanceOf(SendDecision.ResendSamePin.class);
  }

  @Test
  void toString_neverShowsSecrets() {
    assertThat(issued(T0, Optional.empty()).toString()).doesNotContain("seed").doesNotContain("123456");
    assertThat(new Pin("123456").toString()).doesNotContain("123456");
  }
}
