package dev.switchboard.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A salted SHA-256 digest of a secret (PIN, cloud secret, token); the secret itself is never
 * stored. Matching is constant-time.
 */
public final class SecretHash {
  private static final String PREFIX = "sha256$";
  private static final int SALT_BYTES = 16;
  /** A digest per thread: getInstance looks the provider up on every call. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(SecretHash::newSha256);
  private final byte[] salt;
  private final byte[] digest;

  private SecretHash(byte[] salt, byte[] digest) {
    this.salt = salt.clone();
    this.digest = digest.clone();
  }

  public static SecretHash of(String secret, RandomGenerator random) {
    Objects.requireNonNull(secret, "'secret' must not be null");
    byte[] salt = RandomTokens.bytes(random, SALT_BYTES);
    return new SecretHash(salt, digest(salt, secret));
  }

  /** Reads the form produced by {@link #encoded()}. */
  public static SecretHash parse(String encoded) {
    Objects.requireNonNull(encoded, "'encoded' must not be null");
    String[] parts = encoded.split("\\$");
    if (parts.length != 3 || !encoded.startsWith(PREFIX)) {
      throw new IllegalArgumentException("Not an encoded secret hash");
    }
    Base64.Decoder b64 = Base64.getDecoder();
    return new SecretHash(b64.decode(parts[1]), b64.decode(parts[2]));
  }

  /** True when {@code candidate} is the hashed secret; takes the same time either way. */
  public boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(digest, digest(salt, candidate));
  }

  public String encoded() {
    Base64.Encoder b64 = Base64.getEncoder();
    return PREFIX + b64.encodeToString(salt) + "$" + b64.encodeToString(digest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretHash other && MessageDigest.isEqual(encodedBytes(), other.encodedBytes());
  }

  @Override
  public int hashCode() {
    return encoded().hashCode();
  }

  @Override
  public String toString() {
    return "SecretHash[sha256]";
  }

  private byte[] encodedBytes() {
    return encoded().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] digest(byte[] salt, String secret) {
    MessageDigest sha = SHA256.get();
    sha.reset();
    sha.update(salt);
    return sha.digest(secret.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
