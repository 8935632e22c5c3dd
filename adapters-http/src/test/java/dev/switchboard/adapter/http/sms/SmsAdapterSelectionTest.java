package dev.switchboard.adapter.http.sms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.sms.SmsGateway;
import dev.switchboard.application.testing.RecordingSmsGateway;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code switchboard.sms.adapter} picks exactly one SmsGateway of this module. */
class SmsAdapterSelectionTest {

  /** This module's gateways (the test wiring adds a recording fake of its own). */
  private static List<SmsGateway> ours(ApplicationContext ctx) {
    return ctx.getBeansOfType(SmsGateway.class).stream()
        .filter(gateway -> !(gateway instanceof RecordingSmsGateway))
        .toList();
  }

  @Test
  void givenNoSetting_context_hasTheLogAdapter() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.of(), "sms-selection")) {
      assertThat(ours(ctx))
          .hasSize(1).first().isInstanceOf(LogSmsGatewayAdapter.class);
    }
  }

  @Test
  void givenHttpAdapter_context_bindsSettingsWithDefaults() {
    Map<String, Object> props = Map.of("switchboard.sms.adapter", "http",
        "switchboard.sms.http.url", "https://gw.example/send",
        "switchboard.sms.http.auth-header", "Bearer x",
        "switchboard.sms.http.timeout", "2s");
    try (ApplicationContext ctx = ApplicationContext.run(props, "sms-selection")) {
      assertThat(ours(ctx))
          .hasSize(1).first().isInstanceOf(HttpSmsGatewayAdapter.class);
      HttpSmsSettings settings = ctx.getBean(HttpSmsSettings.class);
      assertThat(settings.method()).isEqualTo("POST");
      assertThat(settings.contentType()).isEqualTo("application/x-www-form-urlencoded");
      assertThat(settings.bodyTemplate()).isEqualTo("to=%to%&text=%text%");
      assertThat(settings.successCodes()).isEqualTo(List.of(200, 201, 202, 204));
      assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
      assertThat(settings.authHeader()).isEqualTo("Bearer x");
    }
  }

  @Test
  void givenOtherAdapter_context_hasNoGatewayOfThisModule() {
    try (ApplicationContext ctx =
        ApplicationContext.run(Map.of("switchboard.sms.adapter", "twilio"), "sms-selection")) {
      assertThat(ours(ctx)).isEmpty();
    }
  }
}
