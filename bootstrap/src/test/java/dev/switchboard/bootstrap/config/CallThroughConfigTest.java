package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.adapter.persistence.account.RecentAccountsCache;
import dev.switchboard.adapter.sip.callthrough.CallThroughInviteHandler;
import dev.switchboard.application.port.out.account.RecentAccounts;
import dev.switchboard.application.service.callthrough.CallThroughSettings;
import dev.switchboard.domain.callthrough.DialRule;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Call-through rules read from configuration in order, and refused at start when wrong. */
class CallThroughConfigTest {
  @TempDir
  Path dataDir;

  private ApplicationContext run(Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("switchboard.data-dir", dataDir.toString());
    props.put("micronaut.server.port", -1);
    props.put("switchboard.sip.enabled", "false");
    props.putAll(extra);
    return ApplicationContext.run(props);
  }

  @Test
  void rules_areReadInListOrder_withCountriesAndDefaults() {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.callthrough.rules[0].name", "uk-plain");
    p.put("switchboard.callthrough.rules[0].countries", List.of("GB"));
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of("+442071838750"));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%");
    p.put("switchboard.callthrough.rules[1].access-numbers", List.of("+15551231234"));
    p.put("switchboard.callthrough.rules[1].template",
        "%accessNumber%,,%account[x-cth-pin]%#%targetNumber%#");
    p.put("switchboard.callthrough.trunk-uri", "sip:%targetNumber%@trunk.example.com");
    p.put("switchboard.callthrough.reservation-window", "5s");
    try (ApplicationContext context = run(p)) {
      CallThroughSettings settings = context.getBean(CallThroughSettings.class);

      assertThat(settings.plan().rules()).extracting(DialRule::name)
          .containsExactly("uk-plain", "rule-1");
      assertThat(settings.plan().rules().get(0).countryCallingCodes()).containsExactly(44);
      assertThat(settings.plan().rules().get(0).dtmfLess()).isTrue();
      assertThat(settings.plan().rules().get(1).maxDigits()).isEqualTo(32);
      assertThat(settings.reservationWindow()).isEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void noRules_defaultWindowIsSixtySeconds() {
    try (ApplicationContext context = run(Map.of())) {
      CallThroughSettings settings = context.getBean(CallThroughSettings.class);
      assertThat(settings.plan().isEmpty()).isTrue();
      assertThat(settings.reservationWindow()).isEqualTo(Duration.ofSeconds(60));
    }
  }

  @Test
  void badTemplate_stopsTheStart_namingTheRule() {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of("+15551231234"));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%,%pin%");

    assertThatThrownBy(() -> run(p).close())
        .hasStackTraceContaining("switchboard.callthrough.rules[0]: Dial-string template")
        .hasStackTraceContaining("unknown placeholder '%pin%'");
  }

  @Test
  void dtmfLessRuleWithoutTrunk_stopsTheStart() {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of("+15551231234"));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%");

    assertThatThrownBy(() -> run(p).close())
        .hasStackTraceContaining("switchboard.callthrough.trunk-uri is required");
  }

  private static Map<String, Object> dtmfLessRule(String sipMode) {
    Map<String, Object> p = new HashMap<>();
    p.put("switchboard.callthrough.rules[0].access-numbers", List.of("+12025550100"));
    p.put("switchboard.callthrough.rules[0].template", "%accessNumber%");
    p.put("switchboard.callthrough.trunk-uri", "sip:%targetNumber%@trunk.example.com");
    p.put("switchboard.callthrough.sip-mode", sipMode);
    return p;
  }

  @Test
  void b2buaMode_starts_withABridge() {
    Map<String, Object> p = dtmfLessRule("b2bua");
    p.put("switchboard.callthrough.no-answer-timeout", "20s");
    try (ApplicationContext context = run(p)) {
      CallThroughInviteHandler handler = context.getBean(CallThroughInviteHandler.class);
      assertThat(handler.bridge()).isPresent();
      assertThat(handler.bridge().orElseThrow().liveCalls()).isZero();
    }
  }

  @Test
  void redirectMode_hasNoBridge() {
    try (ApplicationContext context = run(dtmfLessRule("redirect"))) {
      assertThat(context.getBean(CallThroughInviteHandler.class).bridge()).isEmpty();
    }
  }

  @Test
  void unknownSipMode_stopsTheStart_withTheChoices() {
    assertThatThrownBy(() -> run(dtmfLessRule("proxy")).close())
        .hasStackTraceContaining("switchboard.callthrough.sip-mode 'proxy' is not supported; "
            + "use redirect (302 with Contact) or b2bua (stay in the call)");
  }

  @Test
  void accountCache_isOnByDefault_andOffWithZero() {
    try (ApplicationContext context = run(Map.of())) {
      assertThat(context.getBean(RecentAccounts.class)).isInstanceOf(RecentAccountsCache.class);
    }
    try (ApplicationContext context =
        run(Map.of("switchboard.callthrough.account-cache-ttl", "0s"))) {
      assertThat(context.getBean(RecentAccounts.class)).isSameAs(RecentAccounts.none());
    }
  }

  @Test
  void negativeAccountCacheTtl_stopsTheStart() {
    assertThatThrownBy(() -> run(Map.of("switchboard.callthrough.account-cache-ttl", "-1s")))
        .hasStackTraceContaining("switchboard.callthrough.account-cache-ttl must be 0 or");
  }
}
