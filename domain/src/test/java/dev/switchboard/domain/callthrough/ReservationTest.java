package dev.switchboard.domain.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReservationTest {
  static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void defaultWindow_isSixtySeconds() {
    assertThat(Reservation.DEFAULT_WINDOW).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void isActive_untilItExpires() {
    Reservation r = new Reservation("id", AccessNumber.parse("+15551231234"),
        List.of(new PhoneNumber("+12025550123")), new CloudId("DEMO"), new SipUsername("johndow"),
        TargetNumber.parse("12345678"), T0, T0.plus(Reservation.DEFAULT_WINDOW));

    assertThat(r.isActiveAt(T0.plusSeconds(59))).isTrue();
    assertThat(r.isActiveAt(T0.plusSeconds(60))).isFalse();
  }

  @Test
  void withoutCaller_isRejected() {
    assertThatThrownBy(() -> new Reservation("id", AccessNumber.parse("+15551231234"), List.of(),
        new CloudId("DEMO"), new SipUsername("johndow"), TargetNumber.parse("1"), T0,
        T0.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }
}
