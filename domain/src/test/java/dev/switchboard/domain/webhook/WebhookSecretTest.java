package dev.switchboard.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

  @Test
  void givenStandardWebhooksSecret_itDecodesAndNeverPrints() {
    WebhookSecret s = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    assertThat(s.key()).hasSize(24);
    assertThat(s.toString()).doesNotContain("MfKQ");
  }

  @Test
  void givenSecretWithoutPrefix_isRefused() {
    assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whsec_");
  }
}
