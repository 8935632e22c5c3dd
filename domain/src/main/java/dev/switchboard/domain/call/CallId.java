package dev.switchboard.domain.call;

import dev.switchboard.domain.security.RandomTokens;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** The id of a placed call (web callback): 22 random URL-safe characters, unguessable. */
public record CallId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");

  public CallId {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + (value.length() > 40 ? value.substring(0, 40) : value)
          .replaceAll("\\p{Cntrl}", "?") + "' is not a call id");
    }
  }

  public static CallId generate(RandomGenerator random) {
    return new CallId(RandomTokens.draw(random, RandomTokens.URL_SAFE, 22));
  }

  @Override
  public String toString() {
    return value;
  }
}
