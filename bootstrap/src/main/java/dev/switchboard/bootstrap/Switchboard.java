package dev.switchboard.bootstrap;

import dev.switchboard.bootstrap.cli.Cli;
import dev.switchboard.bootstrap.cli.Terminal;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.runtime.Micronaut;
import java.util.Map;

/** Starts the Switchboard service, or runs one command ({@code portal-settings}, {@code admin}). */
public final class Switchboard {

  private Switchboard() {}

  public static void main(String[] args) {
    if (Cli.handles(args)) {
      // Commands keep stdout for their results: logs go to stderr, warnings only.
      System.setProperty("logback.configurationFile", "logback-cli.xml");
      System.exit(Cli.execute(args, Terminal.out(), Terminal.err(), Terminal.interactive(),
          Map.of()));
    }
    PhoneNumber.warmUp();
    Micronaut.build(args).mainClass(Switchboard.class).banner(false).start();
  }
}
