package dev.switchboard.adapter.http.extauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.auth.CredentialVerifier;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code credential-source=remote} supplies the {@code sso} verifier from this module. */
class RemoteAuthSelectionTest {

  @Test
  void givenRemoteSource_context_hasTheRemoteSsoVerifierWithSettings() {
    Map<String, Object> props = Map.of(
        "switchboard.smart-contacts.credential-source", "remote",
        "switchboard.smart-contacts.remote.url", "https://auth.acme.example/ext_auth",
        "switchboard.smart-contacts.remote.timeout", "2s");
    try (ApplicationContext ctx = ApplicationContext.run(props, "remote-auth")) {
      CredentialVerifier sso =
          ctx.getBean(CredentialVerifier.class, Qualifiers.byName("sso"));
      assertThat(sso).isInstanceOf(HttpExternalAuthAdapter.class);
      RemoteAuthSettings settings = ctx.getBean(RemoteAuthSettings.class);
      assertThat(settings.url()).isEqualTo("https://auth.acme.example/ext_auth");
      assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
    }
  }

  @Test
  void givenDefaultTimeout_settings_waitFiveSeconds() {
    Map<String, Object> props = Map.of(
        "switchboard.smart-contacts.credential-source", "remote",
        "switchboard.smart-contacts.remote.url", "https://auth.acme.example/ext_auth");
    try (ApplicationContext ctx = ApplicationContext.run(props, "remote-auth")) {
      assertThat(ctx.getBean(RemoteAuthSettings.class).timeout()).isEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void givenLocalOrNoSource_context_hasNoRemoteVerifier() {
    try (ApplicationContext ctx = ApplicationContext.run(Map.of(), "remote-auth")) {
      assertThat(ctx.getBeansOfType(HttpExternalAuthAdapter.class)).isEmpty();
    }
    try (ApplicationContext ctx = ApplicationContext.run(
        Map.of("switchboard.smart-contacts.credential-source", "local"), "remote-auth")) {
      assertThat(ctx.getBeansOfType(HttpExternalAuthAdapter.class)).isEmpty();
    }
  }
}
