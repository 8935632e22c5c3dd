package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.verification.PinGenerator;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.Pin;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A {@link PinGenerator} keyed with a fixed test key (HMAC-SHA256, like the real adapter). */
public final class HmacPinGeneratorFake implements PinGenerator {
  private final SecretKeySpec key =
      new SecretKeySpec("test-only-key-test-only-key-0000".getBytes(StandardCharsets.US_ASCII), "HmacSHA256");

  @Override
  public Pin derive(PhoneNumber number, String seed) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] out = mac.doFinal((number.e164() + "|" + seed).getBytes(StandardCharsets.UTF_8));
      return Pin.fromNumber(ByteBuffer.wrap(out).getLong() & Long.MAX_VALUE);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
