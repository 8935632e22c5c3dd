package dev.switchboard.domain.account;

import dev.switchboard.domain.security.RandomTokens;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The SIP username of an account: generated, unguessable (80 random bits), unique. */
public record SipUsername(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.+@\\-]{0,127}");
  private static final int GENERATED_LENGTH = 16;

  public SipUsername {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a SIP username");
    }
  }

  public static SipUsername generate(RandomGenerator random) {
    return new SipUsername("u" + RandomTokens.draw(random, RandomTokens.LOWER_ALNUM, GENERATED_LENGTH));
  }

  @Override
  public String toString() {
    return value;
  }
}
