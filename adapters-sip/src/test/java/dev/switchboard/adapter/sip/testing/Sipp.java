package dev.switchboard.adapter.sip.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One sipp process playing a scenario kept in {@code src/test/resources/sipp}, on a free port of
 * 127.0.0.1, headless and bounded in time. Only the process this object started is ever killed.
 * Without sipp the tests are skipped locally and fail under {@code CI=true}.
 */
public final class Sipp implements AutoCloseable {
  private static final String BINARY = "sipp";
  private final Process process;
  private final Path dir;
  private final int port;
  private final String name;

  private Sipp(Process process, Path dir, int port, String name) {
    this.process = process;
    this.dir = dir;
    this.port = port;
    this.name = name;
  }

  /** Fails (CI) or skips (locally) when sipp is not installed. */
  public static void requireSipp() {
    boolean present = false;
    for (String p : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
      present |= Files.isExecutable(Path.of(p, BINARY));
    }
    if (!present) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("SIP tests must run in CI, but sipp is not installed (apt-get install sip-tester)");
      }
      Assumptions.abort("SIP tests skipped: sipp is not installed");
    }
  }

  /** A UAS: waits for calls with {@code scenario}, handling up to {@code calls}. */
  public static Sipp server(String scenario, int calls, String... extra) throws IOException {
    return start(scenario, null, calls, extra);
  }

  /** A UAC: sends {@code calls} calls with {@code scenario} to {@code target} (host:port). */
  public static Sipp client(String scenario, String target, int calls, String... extra)
      throws IOException {
    return start(scenario, target, calls, extra);
  }

  private static Sipp start(String scenario, String target, int calls, String... extra)
      throws IOException {
    requireSipp();
    Path dir = Files.createTempDirectory("sipp-");
    Path xml = dir.resolve(Path.of(scenario).getFileName().toString());
    try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario)) {
      if (in == null) {
        throw new IOException("No scenario /sipp/" + scenario);
      }
      Files.copy(in, xml, StandardCopyOption.REPLACE_EXISTING);
    }
    int port = freeUdpPort();
    int mediaPort = freeUdpPort();
    List<String> cmd = new ArrayList<>(List.of(BINARY, "-sf", xml.toString(),
        "-i", "127.0.0.1", "-p", Integer.toString(port), "-mp", Integer.toString(mediaPort),
        "-m", Integer.toString(calls), "-nostdin", "-timeout", "60s", "-timeout_error",
        "-trace_msg", "-message_file", dir.resolve("messages.log").toString(),
        "-trace_err", "-error_file", dir.resolve("errors.log").toString(),
        "-trace_screen", "-screen_file", dir.resolve("screen.log").toString()));
    cmd.addAll(List.of(extra));
    if (target != null) {
      cmd.add(target);
    }
    Process p = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.log").toFile()).start();
    Sipp sipp = new Sipp(p, dir, port, scenario);
    sipp.awaitListening();
    return sipp;
  }

  /** The port sipp listens on, e.g. for a trunk URI template. */
  public int port() {
    return port;
  }

  /** Waits (bounded) for the scenario to end; its exit code (0 = every call succeeded). */
  public int await(long seconds) throws InterruptedException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroy();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      return -1;
    }
    return process.exitValue();
  }

  /** Asserts the scenario ended in time with every call successful; prints sipp's logs if not. */
  public void assertPassed(long seconds) throws InterruptedException {
    int code = await(seconds);
    if (code != 0) {
      Assertions.fail(name + " exited with " + code + "\n" + logs());
    }
  }

  /** Everything sipp wrote: errors, the message trace and its output. */
  public String logs() {
    StringBuilder out = new StringBuilder();
    for (String f : List.of("errors.log", "out.log", "messages.log")) {
      try {
        Path file = dir.resolve(f);
        if (Files.exists(file)) {
          String text = Files.readString(file);
          out.append("---- ").append(f).append('\n')
              .append(text.length() > 20000 ? text.substring(text.length() - 20000) : text);
        }
      } catch (IOException e) {
        out.append("(").append(f).append(": ").append(e).append(")\n");
      }
    }
    return out.toString();
  }

  /** The SIP messages sipp exchanged (its -trace_msg file). */
  public String messages() {
    try {
      Path file = dir.resolve("messages.log");
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private void awaitListening() {
    // sipp binds its port within milliseconds of starting; probing the port could steal it.
    sleep(300);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      return s.getLocalPort();
    }
  }
}
