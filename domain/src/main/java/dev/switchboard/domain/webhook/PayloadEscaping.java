package dev.switchboard.domain.webhook;

/**
 * Escapes a value for a JSON string or for XML character data and attribute values, so that no
 * value can end the string or element it is placed in.
 */
final class PayloadEscaping {
  private static final char REPLACEMENT = '\uFFFD';

  private PayloadEscaping() {}

  /** The content of a JSON string literal (without the quotes). */
  static void json(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(c, out);
        default -> {
          if (c < 0x20 || c == 0x7f) {
            unicode(c, out);
          } else if (Character.isSurrogate(c)) {
            i = surrogates(value, i, out, true);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** XML text or attribute value; characters XML 1.0 cannot carry become U+FFFD. */
  static void xml(String value, StringBuilder out) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        // References survive attribute-value normalisation and CR/LF folding.
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            out.append(REPLACEMENT);
          } else if (Character.isSurrogate(c)) {
            i = surrogates(value, i, out, false);
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static void unicode(char c, StringBuilder out) {
    out.append(String.format("\\u%04x", (int) c));
  }

  /** Copies a valid surrogate pair, replaces a lone surrogate; returns the last index used. */
  private static int surrogates(String value, int i, StringBuilder out, boolean json) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < value.length()
        && Character.isLowSurrogate(value.charAt(i + 1))) {
      out.append(c).append(value.charAt(i + 1));
      return i + 1;
    }
    if (json) {
      unicode(REPLACEMENT, out);
    } else {
      out.append(REPLACEMENT);
    }
    return i;
  }
}
