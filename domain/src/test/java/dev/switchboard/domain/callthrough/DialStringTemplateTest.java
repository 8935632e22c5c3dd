package dev.switchboard.domain.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DialStringTemplateTest {

  @Test
  void seedExample_expandsServicePlaceholdersAndKeepsTheAppsOwn() {
    DialStringTemplate t =
        new DialStringTemplate("%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#");

    DialString s = t.expand(AccessNumber.parse("+15551231234"), TargetNumber.parse("12345678"));

    assertThat(s.value()).isEqualTo("+15551231234,,%account[x-cth-pin]%#12345678#");
    assertThat(s.value().replace("%account[x-cth-pin]%", "1234"))
        .isEqualTo("+15551231234,,1234#12345678#");
  }

  @Test
  void accessNumberOnly_isDtmfLess() {
    DialStringTemplate t = new DialStringTemplate("%accessNumber%");

    assertThat(t.carriesTarget()).isFalse();
    assertThat(t.expand(AccessNumber.parse("+12025550100"), TargetNumber.parse("+4420")).value())
        .isEqualTo("+12025550100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "%targetNumber%", "%accessNumber%,%accesNumber%",
      "%accessNumber%<x>", "%accessNumber%,,%account[]%", "%accessNumber%%", "%accessNumber% 1",
      "%accessNumber%,%account[a b]%"})
  void invalidTemplates_areRejectedAtStart(String text) {
    assertThatThrownBy(() -> new DialStringTemplate(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void unknownPlaceholder_messageNamesIt() {
    assertThatThrownBy(() -> new DialStringTemplate("%accessNumber%,%pin%"))
        .hasMessageContaining("unknown placeholder '%pin%'");
  }

  @Test
  void appGlobals_passThrough() {
    DialStringTemplate t = new DialStringTemplate("%accessNumber%,,%installid%#;p*");

    assertThat(t.expand(AccessNumber.parse("+12025550100"), TargetNumber.parse("1")).value())
        .isEqualTo("+12025550100,,%installid%#;p*");
  }
}
