package dev.switchboard.adapter.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MasterKeyTest {

  @Test
  void givenWrongLength_masterKey_isRejected() {
    assertThatThrownBy(() -> new MasterKey(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
    assertThatThrownBy(() -> new MasterKey(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void givenKey_toString_masksTheBytes() {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) 'k');

    assertThat(new MasterKey(bytes).toString()).isEqualTo("MasterKey[***]").doesNotContain("k");
  }

  @Test
  void givenKey_changingTheCallersArray_doesNotChangeIt() {
    byte[] bytes = new byte[32];
    MasterKey key = new MasterKey(bytes);
    bytes[0] = 1;
    key.bytes()[1] = 1;

    assertThat(key.bytes()).containsOnly(0);
    assertThat(key).isEqualTo(new MasterKey(new byte[32]));
  }

  @Test
  void givenOneMasterKey_subkeysForDifferentPurposes_differ() {
    MasterKey key = new MasterKey(new byte[32]);

    assertThat(KeyDerivation.expand(key, KeyDerivation.PIN_LABEL))
        .hasSize(32)
        .isNotEqualTo(KeyDerivation.expand(key, KeyDerivation.SIP_PASSWORD_LABEL))
        .isNotEqualTo(key.bytes());
  }
}
