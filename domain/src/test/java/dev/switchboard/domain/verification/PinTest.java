package dev.switchboard.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinTest {

  @Test
  void fromNumber_isTheValueModuloAMillionZeroPaddedToSixDigits() {
    assertThat(Pin.fromNumber(0).digits()).isEqualTo("000000");
    assertThat(Pin.fromNumber(7).digits()).isEqualTo("000007");
    assertThat(Pin.fromNumber(12_345).digits()).isEqualTo("012345");
    assertThat(Pin.fromNumber(999_999).digits()).isEqualTo("999999");
    assertThat(Pin.fromNumber(1_000_000).digits()).isEqualTo("000000");
    assertThat(Pin.fromNumber(Long.MAX_VALUE).digits())
        .isEqualTo(String.format("%06d", Long.MAX_VALUE % 1_000_000L));
    assertThat(Pin.fromNumber(-1).digits()).isEqualTo("999999");
  }
}
