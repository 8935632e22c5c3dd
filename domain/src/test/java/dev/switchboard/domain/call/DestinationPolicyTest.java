package dev.switchboard.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DestinationPolicyTest {
  private final DestinationPolicy defaults = new DestinationPolicy(DestinationRules.DEFAULT);

  private DestinationDecision check(DestinationPolicy policy, String number) {
    return policy.check(DialableNumber.parse(number));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+12025550123", "+15551231234", "+420276285602", "12345", "98765",
      "+44 20 7946 0958"})
  void givenOrdinaryOrSeedNumbers_check_allows(String number) {
    assertThat(check(defaults, number).allowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+19005551234", "+448719876543", "+499001234567"})
  void givenPremiumOrSharedCostNumbers_check_deniesByDefault(String number) {
    DestinationDecision d = check(defaults, number);
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("not allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+88213456789", "+8816123456"})
  void givenInternationalNetworks_check_deniesTheCountryCode(String number) {
    assertThat(check(defaults, number).reason()).contains("country code +88");
  }

  @Test
  void givenInternationalAccessCodeWithoutPlus_check_asksForPlusFormat() {
    DestinationDecision d = check(defaults, "0088213456789");
    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).contains("with +");
  }

  @Test
  void givenAllowList_check_allowsOnlyListedCountriesAndPrefixesOverride() {
    DestinationPolicy onlyUs = new DestinationPolicy(new DestinationRules(Set.of(1), Set.of(),
        List.of("4420"), List.of("1202555"), Set.of(), false, List.of()));

    assertThat(check(onlyUs, "+12025550123").allowed()).isFalse();
    assertThat(check(onlyUs, "+12125550123").allowed()).isTrue();
    assertThat(check(onlyUs, "+420276285602").reason()).contains("+420");
    assertThat(check(onlyUs, "+442079460958").allowed()).isTrue();
    assertThat(check(onlyUs, "12345").reason()).contains("international format");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "abc", "+0123456", "12;34", "+1234567890123456", "1@2"})
  void givenGarbage_parse_refuses(String raw) {
    assertThatThrownBy(() -> DialableNumber.parse(raw)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_removesVisualSeparators() {
    assertThat(DialableNumber.parse(" +1 (555) 123-1234 ").value()).isEqualTo("+15551231234");
  }
}
