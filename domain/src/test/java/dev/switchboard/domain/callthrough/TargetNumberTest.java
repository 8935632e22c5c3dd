package dev.switchboard.domain.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetNumberTest {

  @Test
  void typedNumber_isNormalised() {
    TargetNumber t = TargetNumber.parse("+1 (555) 123-1234");

    assertThat(t.value()).isEqualTo("+15551231234");
    assertThat(t.countryCallingCode()).hasValue(1);
    assertThat(TargetNumber.parse("12345678").countryCallingCode()).isEmpty();
    assertThat(TargetNumber.parse("12345678").digits()).isEqualTo("12345678");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "abc", "12#3", "++1", "123456789012345678901234567890123", "%2B1", "12\u00003"})
  void garbage_isRejected(String raw) {
    assertThatThrownBy(() -> TargetNumber.parse(raw)).isInstanceOf(IllegalArgumentException.class);
  }
}
