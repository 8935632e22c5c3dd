package dev.switchboard.adapter.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.account.SipPassword;
import dev.switchboard.domain.account.SipUsername;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SipPasswordCipherTest {
  private static final SipUsername OWNER = new SipUsername("u0123456789abcdef");
  private static final SipPassword PASSWORD = new SipPassword("Secret-Sip-Password-42");
  private final SipPasswordCipher cipher = new SipPasswordCipher(key(7));

  private static MasterKey key(int fill) {
    byte[] bytes = new byte[MasterKey.LENGTH];
    Arrays.fill(bytes, (byte) fill);
    return new MasterKey(bytes);
  }

  @Test
  void givenEncryptedPassword_decrypt_returnsIt() {
    assertThat(cipher.decrypt(OWNER, cipher.encrypt(OWNER, PASSWORD))).isEqualTo(PASSWORD);
  }

  @Test
  void givenEqualPasswords_encrypt_producesDistinctCiphertexts() {
    byte[] first = cipher.encrypt(OWNER, PASSWORD);
    byte[] second = cipher.encrypt(OWNER, PASSWORD);

    assertThat(first).isNotEqualTo(second);
    assertThat(first).hasSize(1 + 12 + PASSWORD.value().length() + 16);
    assertThat(first[0]).isEqualTo((byte) 1);
  }

  @Test
  void givenTamperedCiphertext_decrypt_isRefused() {
    byte[] stored = cipher.encrypt(OWNER, PASSWORD);
    stored[stored.length - 20] ^= 0x01;

    assertThatThrownBy(() -> cipher.decrypt(OWNER, stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SIP password cannot be decrypted: wrong encryption key?");
  }

  @Test
  void givenTruncatedOrUnknownVersion_decrypt_isRefused() {
    byte[] stored = cipher.encrypt(OWNER, PASSWORD);
    byte[] otherVersion = stored.clone();
    otherVersion[0] = 2;

    assertThatThrownBy(() -> cipher.decrypt(OWNER, Arrays.copyOf(stored, 20)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cipher.decrypt(OWNER, otherVersion))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void givenAnotherMasterKey_decrypt_isRefusedWithAClearMessage() {
    byte[] stored = cipher.encrypt(OWNER, PASSWORD);

    assertThatThrownBy(() -> new SipPasswordCipher(key(8)).decrypt(OWNER, stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("SIP password cannot be decrypted: wrong encryption key?");
  }

  @Test
  void givenCiphertextCopiedToAnotherAccount_decrypt_isRefused() {
    byte[] stored = cipher.encrypt(OWNER, PASSWORD);

    assertThatThrownBy(() -> cipher.decrypt(new SipUsername("u-someone-else"), stored))
        .isInstanceOf(IllegalStateException.class);
  }
}
