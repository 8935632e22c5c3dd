package dev.switchboard.bootstrap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output and error for the command line: the only place that touches
 * them (results go to stdout, messages and progress to stderr).
 */
public final class Terminal {
  private Terminal() {}

  public static PrintWriter out() {
    return new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  public static PrintWriter err() {
    return new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  public static boolean interactive() {
    return System.console() != null;
  }
}
