package dev.switchboard.adapter.persistence.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives independent 256-bit subkeys from the master key, one per purpose label, like HKDF's
 * expand step with a single output block: {@code HMAC-SHA256(master, label || 0x01)}.
 */
final class KeyDerivation {
  static final String HMAC = "HmacSHA256";
  static final String SIP_PASSWORD_LABEL = "switchboard/sip-password/aes-256-gcm/v1";
  static final String PIN_LABEL = "switchboard/verification-pin/hmac-sha256/v1";

  private KeyDerivation() {}

  static byte[] expand(MasterKey master, String label) {
    Objects.requireNonNull(master, "'master' must not be null");
    Objects.requireNonNull(label, "'label' must not be null");
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(master.bytes(), HMAC));
      mac.update(label.getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(new byte[] {0x01});
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
