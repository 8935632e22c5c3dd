package dev.switchboard.adapter.http.common;

/** Makes client-supplied values safe to log: one line, printable, short. */
public final class LogSafe {
  private static final int MAX = 100;

  private LogSafe() {}

  public static String value(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "-";
    }
    String cut = raw.length() > MAX ? raw.substring(0, MAX) + "…" : raw;
    // Same as cut.replaceAll("\\p{Cntrl}", "?") (ASCII controls), without a regex per call.
    char[] chars = null;
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        if (chars == null) {
          chars = cut.toCharArray();
        }
        chars[i] = '?';
      }
    }
    return chars == null ? cut : new String(chars);
  }
}
