package dev.switchboard.adapter.sip.callthrough;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallThroughSipSettingsTest {
  private static final String TRUNK = "sip:%targetNumber%@trunk.example.com";

  @Test
  void noMode_isRedirect() {
    CallThroughSipSettings settings = new CallThroughSipSettings(Set.of(), TRUNK, null);
    assertThat(settings.mode()).isEqualTo("redirect");
    assertThat(settings.b2bua()).isFalse();
  }

  @Test
  void b2bua_isAccepted_inAnyCase() {
    CallThroughSipSettings settings = new CallThroughSipSettings(Set.of(), TRUNK, " B2BUA ");
    assertThat(settings.mode()).isEqualTo("b2bua");
    assertThat(settings.b2bua()).isTrue();
    assertThat(settings.noAnswerTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void unknownMode_isRefused_namingTheSettingAndTheChoices() {
    assertThatThrownBy(() -> new CallThroughSipSettings(Set.of(), TRUNK, "proxy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("switchboard.callthrough.sip-mode 'proxy' is not supported; use redirect "
            + "(302 with Contact) or b2bua (stay in the call)");
  }

  @Test
  void zeroNoAnswerTimeout_isRefused() {
    assertThatThrownBy(() -> new CallThroughSipSettings(Set.of(), TRUNK, "b2bua",
        Optional.empty(), Optional.empty(), Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("no-answer-timeout");
  }
}
