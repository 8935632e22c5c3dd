package dev.switchboard.adapter.persistence.crypto;

import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.Pin;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives verification PINs as {@code HMAC-SHA256(subkey, e164 + "|" + seed)} under a subkey of
 * the {@link MasterKey}, so a PIN can be re-sent while only its hash and seed are stored.
 */
@Singleton
public final class HmacPinGenerator implements PinGenerator {
  /** One initialised Mac per thread: looking the provider up on every call is costly. */
  private final ThreadLocal<Mac> macs;

  public HmacPinGenerator(MasterKey masterKey) {
    SecretKeySpec key = new SecretKeySpec(
        KeyDerivation.expand(masterKey, KeyDerivation.PIN_LABEL), KeyDerivation.HMAC);
    this.macs = ThreadLocal.withInitial(() -> newMac(key));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(KeyDerivation.HMAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }

  @Override
  public Pin derive(PhoneNumber number, String seed) {
    byte[] out = macs.get().doFinal((number.e164() + "|" + seed).getBytes(StandardCharsets.UTF_8));
    return Pin.fromNumber(ByteBuffer.wrap(out).getLong() & Long.MAX_VALUE);
  }
}
