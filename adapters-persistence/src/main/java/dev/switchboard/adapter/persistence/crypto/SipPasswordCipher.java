package dev.switchboard.adapter.persistence.crypto;

import dev.switchboard.domain.account.SipPassword;
import dev.switchboard.domain.account.SipUsername;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts SIP passwords at rest with AES-256-GCM under a subkey of the {@link MasterKey}. The
 * stored form is a version byte, a random 12-byte nonce, then ciphertext and tag; the owner's SIP
 * username is authenticated too, so a value copied to another account does not decrypt.
 */
@Singleton
public final class SipPasswordCipher {
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();
  /** A Cipher per thread: getInstance looks up providers each time; init resets all state. */
  private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(SipPasswordCipher::newCipher);

  public SipPasswordCipher(MasterKey masterKey) {
    this.key = new SecretKeySpec(
        KeyDerivation.expand(masterKey, KeyDerivation.SIP_PASSWORD_LABEL), "AES");
  }

  public byte[] encrypt(SipUsername owner, SipPassword password) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(owner));
      byte[] sealed = cipher.doFinal(password.value().getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required by every Java platform", e);
    }
  }

  /**
   * @throws IllegalStateException when the value was not sealed by this key for this owner
   */
  public SipPassword decrypt(SipUsername owner, byte[] stored) {
    if (stored == null || stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != VERSION) {
      throw cannotDecrypt(null);
    }
    try {
      Cipher cipher = ciphers.get();
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
      cipher.updateAAD(associatedData(owner));
      byte[] clear = cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
      return new SipPassword(new String(clear, StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw cannotDecrypt(e);
    }
  }

  private static Cipher newCipher() {
    try {
      return Cipher.getInstance(TRANSFORMATION);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is required by every Java platform", e);
    }
  }

  private static byte[] associatedData(SipUsername owner) {
    return ("sip-password|v" + VERSION + "|" + owner.value()).getBytes(StandardCharsets.UTF_8);
  }

  private static IllegalStateException cannotDecrypt(Exception cause) {
    return new IllegalStateException(
        "SIP password cannot be decrypted: wrong encryption key?", cause);
  }
}
