package dev.switchboard.domain.account;

import dev.switchboard.domain.security.RandomTokens;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** A SIP account password in clear; encrypted at rest by persistence, never logged. */
public record SipPassword(String value) {
  private static final int GENERATED_LENGTH = 24;

  public SipPassword {
    Objects.requireNonNull(value, "'value' must not be null");
    if (value.isEmpty() || value.length() > 128) {
      throw new IllegalArgumentException("A SIP password has 1 to 128 characters");
    }
  }

  public static SipPassword generate(RandomGenerator random) {
    return new SipPassword(RandomTokens.draw(random, RandomTokens.ALNUM, GENERATED_LENGTH));
  }

  @Override
  public String toString() {
    return "SipPassword[***]";
  }
}
