package dev.switchboard.application.service.verification;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.verification.SendPinCommand;
import dev.switchboard.application.port.out.ratelimit.RateLimit;
import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.application.service.ServiceFixture;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.verification.VerificationPolicy;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendPinServiceTest {
  private final ServiceFixture f = new ServiceFixture();
  private final PhoneNumber number = aNumber();

  @Test
  void givenNewNumber_sendPin_textsASixDigitPinAndStoresOnlyItsHash() {
    String pin = f.requestPin(number);

    assertThat(pin).matches("[0-9]{6}");
    assertThat(f.sms.sent().get(0).text()).contains("Switchboard").contains("10 minutes");
    var stored = f.verifications.find(number).orElseThrow();
    assertThat(stored.pinHash().matches(pin)).isTrue();
    assertThat(stored.pinHash().encoded()).doesNotContain(pin);
  }

  @Test
  void givenLivePin_resendAfterTheWait_sendsTheSamePin() {
    String first = f.requestPin(number);
    f.clock.advance(Duration.ofMinutes(1));

    String second = f.requestPin(number);

    assertThat(second).isEqualTo(first);
    assertThat(f.sms.sent()).hasSize(2);
  }

  @Test
  void givenResendTooSoon_sendPin_isThrottledWithWhen() {
    f.requestPin(number);
    f.clock.advance(Duration.ofSeconds(20));

    assertThatThrownBy(() -> f.requestPin(number))
        .isInstanceOfSatisfying(ThrottledException.class, e -> {
          assertThat(e.retryAfterSeconds()).isEqualTo(40);
          assertThat(e.getMessage()).contains("in 40 seconds");
        });
    assertThat(f.sms.sent()).hasSize(1);
  }

  @Test
  void givenExpiredPin_sendPin_issuesADifferentOne() {
    String first = f.requestPin(number);
    f.clock.advance(Duration.ofMinutes(11));
    // a fresh seed makes a fresh PIN; equal by chance once in a million
    String second = f.requestPin(number);
    assertThat(f.verifications.find(number).orElseThrow().pinHash().matches(first))
        .isEqualTo(first.equals(second));
  }

  @Test
  void givenGatewayFailure_sendPin_propagatesAndDoesNotCountTheSend() {
    f.sms.failing(true);
    assertThatThrownBy(() -> f.requestPin(number)).isInstanceOf(SmsDeliveryException.class);
    f.sms.failing(false);

    f.requestPin(number);

    assertThat(f.verifications.find(number).orElseThrow().sends()).isEqualTo(1);
  }

  @Test
  void givenUnknownCloudId_sendPin_isRejected() {
    assertThatThrownBy(() -> f.sendPin.sendPin(
        new SendPinCommand(number, Optional.of(new CloudId("NOPE")), "1.2.3.4")))
        .isInstanceOf(UnknownCloudIdException.class);
  }

  @Test
  void givenKnownCloudId_theSmsNamesTheApp() {
    f.sendPin.sendPin(new SendPinCommand(number, Optional.of(new CloudId("DEMO")), "1.2.3.4"));
    assertThat(f.sms.sent().get(0).text()).contains("Demo");
  }

  @Test
  void givenManyRequestsFromOneClient_sendPin_isThrottledPerClient() {
    var settings = new VerificationSettings(VerificationPolicy.DEFAULT, "code {pin}",
        new RateLimit(3, Duration.ofHours(1)), new RateLimit(10, Duration.ofHours(1)));
    ServiceFixture limited = new ServiceFixture(settings);
    for (int i = 0; i < 3; i++) {
      limited.requestPin(aNumber());
    }
    assertThatThrownBy(() -> limited.requestPin(aNumber()))
        .isInstanceOf(ThrottledException.class).hasMessageContaining("your network");
  }
}
