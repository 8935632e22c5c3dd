package dev.switchboard.domain.account;

import dev.switchboard.domain.security.RandomTokens;
import dev.switchboard.domain.security.SecretHash;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The long-lived secret returned as {@code cloud_password} so that re-provisioning does not
 * depend on a one-time PIN. Only its {@link SecretHash} is stored.
 */
public record CloudSecret(String value) {
  private static final int GENERATED_LENGTH = 32;

  public CloudSecret {
    Objects.requireNonNull(value, "'value' must not be null");
  }

  public static CloudSecret generate(RandomGenerator random) {
    return new CloudSecret(RandomTokens.draw(random, RandomTokens.URL_SAFE, GENERATED_LENGTH));
  }

  /** A cloud secret is never a 6-digit PIN: it is longer. */
  public static boolean looksLikeSecret(String credential) {
    return credential != null && credential.length() == GENERATED_LENGTH;
  }

  public SecretHash hash(RandomGenerator random) {
    return SecretHash.of(value, random);
  }

  @Override
  public String toString() {
    return "CloudSecret[***]";
  }
}
