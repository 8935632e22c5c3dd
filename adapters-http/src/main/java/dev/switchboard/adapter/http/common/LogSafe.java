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
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
