package dev.switchboard.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** The SIP domain (Account XML {@code host}): a host name or address, optionally with a port. */
public record SipDomain(String value) {
  private static final Pattern VALID =
      Pattern.compile("(\\[[0-9a-fA-F:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.\\-]{0,252}))(:[0-9]{1,5})?");

  public SipDomain {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a SIP domain (host[:port])");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
