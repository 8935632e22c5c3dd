package dev.switchboard.domain.security;

import java.util.Objects;
import java.util.random.RandomGenerator;

/** Draws unguessable strings from a caller-supplied (normally secure) random generator. */
public final class RandomTokens {
  public static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
  public static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  public static final String URL_SAFE =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  public static final String DIGITS = "0123456789";

  private RandomTokens() {}

  public static String draw(RandomGenerator random, String alphabet, int length) {
    Objects.requireNonNull(random, "'random' must not be null");
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }

  public static byte[] bytes(RandomGenerator random, int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }
}
