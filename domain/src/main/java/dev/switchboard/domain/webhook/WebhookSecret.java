package dev.switchboard.domain.webhook;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * The signing key of a webhook endpoint, given in the Standard Webhooks form {@code whsec_} +
 * Base64 of 24 to 64 random bytes. Never printed.
 */
public final class WebhookSecret {
  private static final String PREFIX = "whsec_";
  private final byte[] key;

  private WebhookSecret(byte[] key) {
    this.key = key;
  }

  public static WebhookSecret parse(String configured) {
    Objects.requireNonNull(configured, "'configured' must not be null");
    String s = configured.strip();
    if (!s.startsWith(PREFIX)) {
      throw new IllegalArgumentException("The webhook secret must look like whsec_<base64> "
          + "(e.g. \"whsec_\" followed by `openssl rand -base64 32`)");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(s.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The webhook secret after whsec_ is not Base64");
    }
    if (key.length < 24 || key.length > 64) {
      throw new IllegalArgumentException("The webhook secret must decode to 24..64 bytes, not "
          + key.length);
    }
    return new WebhookSecret(key);
  }

  /** A copy of the key bytes, for the signer. */
  public byte[] key() {
    return key.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WebhookSecret other && Arrays.equals(key, other.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "WebhookSecret[***]";
  }
}
