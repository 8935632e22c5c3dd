package dev.switchboard.bootstrap.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Map;

/** What every command works with: its output streams and, for admin commands, the service. */
final class CliSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean interactive;
  private final AdminContext admin;

  CliSession(PrintWriter out, PrintWriter err, boolean interactive, Map<String, Object> properties) {
    this.out = out;
    this.err = err;
    this.interactive = interactive;
    this.admin = new AdminContext(properties);
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  <T> T bean(Class<T> type) {
    return admin.bean(type);
  }

  ProgressBar progress(String what) {
    return new ProgressBar(err, what, interactive);
  }

  /** One JSON object per result, on one line of stdout. */
  void printJson(Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Could not write JSON: " + e.getMessage(), e);
    }
    out.flush();
  }

  @Override
  public void close() {
    admin.close();
  }
}
