package dev.switchboard.domain.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
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

  @Test
  void callingCode_agreesWithLibphonenumbersParser_onRandomAndEdgeNumbers() throws Exception {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Random random = new Random(20261122L);
    List<String> numbers = new ArrayList<>(List.of("+12025550123", "+33142685300", "+442071838750",
        "+8613800138000", "+35312345678", "+999123456", "+88234567890", "+1", "+12", "+123",
        "+1234", "+3712", "+37123", "+800123456789", "+12345678901234567", "+123456789012345678"));
    for (int i = 0; i < 20_000; i++) {
      StringBuilder n = new StringBuilder("+").append(1 + random.nextInt(9));
      int more = random.nextInt(18);
      for (int d = 0; d < more; d++) {
        n.append(random.nextInt(10));
      }
      numbers.add(n.toString());
    }
    for (String number : numbers) {
      OptionalInt expected;
      try {
        int code = util.parse(number, "ZZ").getCountryCode();
        expected = code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
      } catch (NumberParseException e) {
        expected = OptionalInt.empty();
      }
      assertThat(TargetNumber.callingCodeOf(number)).as(number).isEqualTo(expected);
    }
  }
}
