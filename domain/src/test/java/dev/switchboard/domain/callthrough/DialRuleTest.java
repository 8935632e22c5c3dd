package dev.switchboard.domain.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialRuleTest {
  static final AccessNumber US = AccessNumber.parse("+15551231234");
  static final AccessNumber US2 = AccessNumber.parse("+12025550100");
  static final AccessNumber UK = AccessNumber.parse("+442071838750");
  static final DialStringTemplate PIN_DTMF =
      new DialStringTemplate("%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#");

  static DialRule rule(Set<Integer> codes, List<String> prefixes, int min, int max) {
    return new DialRule("r", codes, prefixes, min, max, List.of(US), PIN_DTMF);
  }

  @Test
  void seedAccessNumber_isAcceptedThoughLibphonenumberCallsItInvalid() {
    assertThat(US.e164()).isEqualTo("+15551231234");
    assertThat(US.countryCallingCode()).isEqualTo(1);
    assertThat(UK.countryCallingCode()).isEqualTo(44);
  }

  @ParameterizedTest
  @CsvSource({
      "'',  '',       1, 32, 12345678,       true",
      "44,  '',       1, 32, +442071838750,  true",
      "44,  '',       1, 32, +12025550123,   false",
      "44,  '',       1, 32, 442071838750,   false",
      "'',  '+44;00', 1, 32, 00442071838750, true",
      "'',  '+44;00', 1, 32, +12025550123,   false",
      "'',  '',       9, 12, 12345678,       false",
      "'',  '',       9, 12, +12025550123,   true"})
  void matches_byCountryPrefixAndLength(String codes, String prefixes, int min, int max,
      String target, boolean expected) {
    Set<Integer> codeSet = codes.isEmpty() ? Set.of() : Set.of(Integer.parseInt(codes));
    List<String> prefixList = prefixes.isEmpty() ? List.of() : List.of(prefixes.split(";"));

    assertThat(rule(codeSet, prefixList, min, max).matches(TargetNumber.parse(target)))
        .isEqualTo(expected);
  }

  @Test
  void candidates_putStickyFirstThenCallersCountryThenRest() {
    DialRule rule = new DialRule("r", Set.of(), List.of(), 1, 32, List.of(UK, US, US2), PIN_DTMF);

    assertThat(rule.candidatesFor(1, Optional.empty())).containsExactly(US, US2, UK);
    assertThat(rule.candidatesFor(44, Optional.empty())).containsExactly(UK, US, US2);
    assertThat(rule.candidatesFor(1, Optional.of(US2))).containsExactly(US2, US, UK);
    assertThat(rule.candidatesFor(1, Optional.of(AccessNumber.parse("+15550000000"))))
        .as("a previous number no longer in the pool is ignored")
        .containsExactly(US, US2, UK);
  }

  @Test
  void dtmfLess_whenTheTemplateDoesNotCarryTheTarget() {
    assertThat(rule(Set.of(), List.of(), 1, 32).dtmfLess()).isFalse();
    DialRule plain = new DialRule("d", Set.of(), List.of(), 1, 32, List.of(US),
        new DialStringTemplate("%accessNumber%"));
    assertThat(plain.dtmfLess()).isTrue();
  }

  @Test
  void invalidRules_areRejectedWithTheRuleName() {
    assertThatThrownBy(() -> new DialRule("r", Set.of(), List.of(), 1, 32, List.of(), PIN_DTMF))
        .hasMessageContaining("'r' has no access number");
    assertThatThrownBy(() -> new DialRule("r", Set.of(), List.of("44x"), 1, 32, List.of(US),
        PIN_DTMF)).hasMessageContaining("prefix '44x'");
    assertThatThrownBy(() -> new DialRule("r", Set.of(), List.of(), 5, 2, List.of(US), PIN_DTMF))
        .hasMessageContaining("length 5..2");
    assertThatThrownBy(() -> new DialRule("r", Set.of(), List.of(), 1, 32, List.of(US, US),
        PIN_DTMF)).hasMessageContaining("twice");
    assertThatThrownBy(() -> new DialRule("r", Set.of(0), List.of(), 1, 32, List.of(US),
        PIN_DTMF)).hasMessageContaining("country calling code");
    assertThatThrownBy(() -> new DialPlan(List.of(rule(Set.of(), List.of(), 1, 32),
        rule(Set.of(), List.of(), 1, 32)))).hasMessageContaining("Two dial rules are named 'r'");
  }

  @Test
  void countries_areCallingCodesOrIsoRegions() {
    assertThat(DialRule.countryCallingCode("GB")).isEqualTo(44);
    assertThat(DialRule.countryCallingCode("us")).isEqualTo(1);
    assertThat(DialRule.countryCallingCode("+420")).isEqualTo(420);
    assertThatThrownBy(() -> DialRule.countryCallingCode("XX")).hasMessageContaining("'XX'");
  }

  @Test
  void plan_firstMatchingRuleWins() {
    DialRule uk = new DialRule("uk", Set.of(44), List.of(), 1, 32, List.of(UK), PIN_DTMF);
    DialRule any = new DialRule("any", Set.of(), List.of(), 1, 32, List.of(US), PIN_DTMF);
    DialPlan plan = new DialPlan(List.of(uk, any));

    assertThat(plan.ruleFor(TargetNumber.parse("+442071838750"))).contains(uk);
    assertThat(plan.ruleFor(TargetNumber.parse("12345678"))).contains(any);
    assertThat(new DialPlan(List.of(uk)).ruleFor(TargetNumber.parse("12345678"))).isEmpty();
  }
}
