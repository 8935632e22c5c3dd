package dev.switchboard.domain.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CloudIdTest {

  @Test
  void givenTestBuildMarker_fromApp_stripsTheStar() {
    assertThat(CloudId.fromApp("ACME*").value()).isEqualTo("ACME");
    assertThat(CloudId.fromApp("ACME").value()).isEqualTo("ACME");
  }

  @Test
  void givenHostileValue_isRejected() {
    assertThatThrownBy(() -> new CloudId("<x>")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CloudId.fromApp("*")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CloudId("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
  }
}
