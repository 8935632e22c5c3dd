package dev.switchboard.bootstrap.e2e;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One sipp call with a scenario of the SIP adapter's tests
 * ({@code adapters-sip/src/test/resources/sipp/callthrough}), on free loopback ports, bounded in
 * time; only this process is ever killed. Without sipp: skipped locally, failed under CI=true.
 */
final class SippCall {
  private static final Path SCENARIOS =
      Path.of("..", "adapters-sip", "src", "test", "resources", "sipp", "callthrough");

  private SippCall() {}

  /** Runs {@code scenario} once against {@code target}; returns sipp's message trace. */
  static String run(String scenario, String target, String... extra) throws Exception {
    if (!Files.isExecutable(Path.of("/usr/bin/sipp"))) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        Assertions.fail("SIP tests must run in CI, but sipp is not installed");
      }
      Assumptions.abort("sipp is not installed");
    }
    Path dir = Files.createTempDirectory("sipp-e2e-");
    Path trace = dir.resolve("messages.log");
    List<String> cmd = new ArrayList<>(List.of("/usr/bin/sipp", "-sf",
        SCENARIOS.resolve(scenario).toAbsolutePath().toString(), "-i", "127.0.0.1",
        "-p", Integer.toString(freePort()), "-mp", Integer.toString(freePort()), "-m", "1",
        "-nostdin", "-timeout", "30s", "-timeout_error", "-trace_msg", "-message_file",
        trace.toString()));
    cmd.addAll(List.of(extra));
    cmd.add(target);
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile()).start();
    try {
      if (!p.waitFor(40, TimeUnit.SECONDS)) {
        Assertions.fail(scenario + " did not finish in time");
      }
      String messages = Files.exists(trace) ? Files.readString(trace) : "";
      if (p.exitValue() != 0) {
        Assertions.fail(scenario + " exited with " + p.exitValue() + "\n" + messages + "\n"
            + Files.readString(dir.resolve("out.log")));
      }
      return messages;
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      return s.getLocalPort();
    }
  }
}
