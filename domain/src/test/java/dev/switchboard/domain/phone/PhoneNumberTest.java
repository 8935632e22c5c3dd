package dev.switchboard.domain.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"+12025550123", " +12025550123 ", "+420276285602", "+447911123456"})
  void givenValidInternationalNumber_parseE164_keepsE164(String raw) {
    assertThat(PhoneNumber.parseE164(raw).e164()).isEqualTo(raw.strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12025550123", "+1 202 555 0123", "+15551231234", "+1", "", "+", "abc",
      "+12025550123x", "+999123456789", "+1202555012345678901234"})
  void givenNotStrictE164OrInvalid_parseE164_isRejectedWithTheValueQuoted(String raw) {
    assertThatThrownBy(() -> PhoneNumber.parseE164(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'");
  }

  @ParameterizedTest
  @CsvSource({
      "202-555-0188, US, +12025550188",
      "(202) 555-0123, US, +12025550123",
      "+420 276 285 602, US, +420276285602",
      "276 285 602, CZ, +420276285602",
      "00420276285602, DE, +420276285602"})
  void givenNumberAsTyped_parse_normalisesWithTheOwnersRegion(String raw, String region, String e164) {
    assertThat(PhoneNumber.parse(raw, region).e164()).isEqualTo(e164);
  }

  @Test
  void givenNumber_regionAndDigits_areDerived() {
    PhoneNumber n = PhoneNumber.parseE164("+420276285602");
    assertThat(n.regionCode()).isEqualTo("CZ");
    assertThat(n.digits()).isEqualTo(420276285602L);
  }

  @Test
  void givenControlCharacters_parseE164_doesNotEchoThem() {
    assertThatThrownBy(() -> PhoneNumber.parseE164("+1\u0000\n"))
        .hasMessageNotContaining("\u0000").hasMessageNotContaining("\n");
  }

  @Test
  void warmUp_succeeds() {
    PhoneNumber.warmUp();
  }

  @Test
  void givenTheSameInputAgain_parseE164_givesTheSameAnswer() {
    for (int round = 0; round < 2; round++) {
      assertThat(PhoneNumber.parseE164(" +12025550123 ").e164()).isEqualTo("+12025550123");
      assertThatThrownBy(() -> PhoneNumber.parseE164("+15551231234"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void givenMoreNumbersThanItRemembers_parseE164_stillValidatesEveryOne() {
    for (int i = 0; i < 5_000; i++) {
      String e164 = "+1202555" + String.format("%04d", i);
      assertThat(PhoneNumber.parseE164(e164).e164()).isEqualTo(e164);
    }
    assertThatThrownBy(() -> PhoneNumber.parseE164("+15551231234"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
