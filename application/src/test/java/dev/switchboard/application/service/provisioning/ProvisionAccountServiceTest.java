package dev.switchboard.application.service.provisioning;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.service.ServiceFixture;
import dev.switchboard.domain.error.PinExpiredException;
import dev.switchboard.domain.error.TooManyAttemptsException;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.error.WrongCredentialsException;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProvisionAccountServiceTest {
  private final ServiceFixture f = new ServiceFixture();
  private final PhoneNumber number = aNumber();

  private static String wrong(String pin) {
    return pin.equals("000000") ? "111111" : "000000";
  }

  @Test
  void givenRightPin_provision_createsOneAccountWithASecret() {
    ProvisionedAccount p = f.provision(number, f.requestPin(number));

    assertThat(p.created()).isTrue();
    assertThat(p.account().verifiedNumbers()).containsExactly(number);
    assertThat(p.account().networkId().value()).isEqualTo("DEMO");
    assertThat(p.cloudSecret().value()).hasSize(32);
    assertThat(f.accounts.size()).isEqualTo(1);
  }

  @Test
  void givenUsedPin_provision_isRejected() {
    String pin = f.requestPin(number);
    f.provision(number, pin);

    assertThatThrownBy(() -> f.provision(number, pin)).isInstanceOf(PinExpiredException.class);
  }

  @Test
  void givenCloudSecret_provisionAgain_returnsTheSameAccountUnchanged() {
    ProvisionedAccount first = f.provision(number, f.requestPin(number));

    ProvisionedAccount again = f.provision(number, first.cloudSecret().value());

    assertThat(again.created()).isFalse();
    assertThat(again.account().username()).isEqualTo(first.account().username());
    assertThat(again.account().password()).isEqualTo(first.account().password());
    assertThat(again.cloudSecret()).isEqualTo(first.cloudSecret());
  }

  @Test
  void givenNewPinForExistingAccount_provision_keepsTheSipAccountAndRotatesTheSecret() {
    ProvisionedAccount first = f.provision(number, f.requestPin(number));
    f.clock.advance(Duration.ofMinutes(11));

    ProvisionedAccount second = f.provision(number, f.requestPin(number));

    assertThat(second.account().username()).isEqualTo(first.account().username());
    assertThat(second.account().password()).isEqualTo(first.account().password());
    assertThat(second.cloudSecret()).isNotEqualTo(first.cloudSecret());
    assertThatThrownBy(() -> f.provision(number, first.cloudSecret().value()))
        .isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void givenWrongPin_fiveTimes_thePinIsDead() {
    String pin = f.requestPin(number);
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> f.provision(number, wrong(pin))).isInstanceOf(WrongCredentialsException.class);
    }
    assertThatThrownBy(() -> f.provision(number, pin)).isInstanceOf(TooManyAttemptsException.class);
    assertThat(f.accounts.size()).isZero();
  }

  @Test
  void givenExpiredPin_provision_isRejected() {
    String pin = f.requestPin(number);
    f.clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> f.provision(number, pin)).isInstanceOf(PinExpiredException.class);
  }

  @Test
  void givenNoPinRequested_provision_isRejected() {
    assertThatThrownBy(() -> f.provision(number, "123456")).isInstanceOf(PinExpiredException.class);
  }

  @Test
  void givenForgedSecret_provision_isRejected() {
    f.provision(number, f.requestPin(number));
    assertThatThrownBy(() -> f.provision(number, "x".repeat(32))).isInstanceOf(WrongCredentialsException.class);
  }

  @Test
  void givenUnknownCloudId_provision_isRejected() {
    assertThatThrownBy(() -> f.provision.provision(
        new ProvisionAccountCommand(new CloudId("OTHER"), number, "123456", "1.2.3.4")))
        .isInstanceOf(UnknownCloudIdException.class);
  }

  @Test
  void givenPinOfAnotherNumber_provision_isRejected() {
    PhoneNumber other = aNumber();
    String otherPin = f.requestPin(other);
    String pin = f.requestPin(number);
    if (!otherPin.equals(pin)) {
      assertThatThrownBy(() -> f.provision(number, otherPin)).isInstanceOf(WrongCredentialsException.class);
    }
    assertThat(f.provision(number, pin).account().verifiedNumbers()).containsExactly(number);
  }
}
