package dev.switchboard.adapter.persistence.crypto;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The deployment's 256-bit master secret from which every persistence key is derived; never
 * logged ({@link #toString()} masks it).
 */
public record MasterKey(byte[] bytes) {
  public static final int LENGTH = 32;

  public MasterKey {
    Objects.requireNonNull(bytes, "'bytes' must not be null");
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "The master key must be " + LENGTH + " bytes, not " + bytes.length);
    }
    bytes = bytes.clone();
  }

  /** A copy of the key material. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MasterKey other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "MasterKey[***]";
  }
}
