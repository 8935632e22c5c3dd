package dev.switchboard.bootstrap.e2e;

import dev.switchboard.bootstrap.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One run of the jar's command line, in process, with what a script would see. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(Map<String, Object> properties, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), false,
        properties);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
