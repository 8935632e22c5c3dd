package dev.switchboard.domain.smart;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A SIP URI where a user can be reached, normalised to {@code sip:user@host[:port]}. */
public record SipUri(String value) {
  private static final Pattern VALID = Pattern.compile(
      "sips?:[A-Za-z0-9_.!~*'()&=+$,;?/%\\-]{1,128}@[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?");

  public SipUri {
    Objects.requireNonNull(value, "'value' must not be null");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("'" + shorten(value) + "' is not a SIP URI (sip:user@host)");
    }
  }

  /** Accepts {@code sip:alice@host}, {@code sips:…} or a bare {@code alice@host}. */
  public static SipUri parse(String raw) {
    Objects.requireNonNull(raw, "'raw' must not be null");
    String s = raw.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
      s = "sip:" + s;
    } else {
      int colon = s.indexOf(':');
      s = lower.substring(0, colon) + s.substring(colon);
    }
    return new SipUri(s);
  }

  /** The user part, e.g. {@code alice} of {@code sip:alice@host}. */
  public String user() {
    return value.substring(value.indexOf(':') + 1, value.lastIndexOf('@'));
  }

  @Override
  public String toString() {
    return value;
  }

  private static String shorten(String raw) {
    String s = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    return s.replaceAll("\\p{Cntrl}", "?");
  }
}
