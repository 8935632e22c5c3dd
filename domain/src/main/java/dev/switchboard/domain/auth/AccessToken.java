package dev.switchboard.domain.auth;

import dev.switchboard.domain.security.RandomTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * An opaque bearer token (43 URL-safe characters, 258 random bits). Only its {@link #digest()} is
 * stored; {@link #toString()} never shows it.
 */
public record AccessToken(String value) {
  private static final int LENGTH = 43;

  public AccessToken {
    Objects.requireNonNull(value, "'value' must not be null");
  }

  public static AccessToken generate(RandomGenerator random) {
    return new AccessToken(RandomTokens.draw(random, RandomTokens.URL_SAFE, LENGTH));
  }

  /** SHA-256 of the token in hex: the high entropy makes a salt unnecessary, and it is indexable. */
  public String digest() {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  public boolean isWellFormed() {
    return value.length() == LENGTH && value.chars().allMatch(c -> RandomTokens.URL_SAFE.indexOf(c) >= 0);
  }

  @Override
  public String toString() {
    return "AccessToken[***]";
  }
}
