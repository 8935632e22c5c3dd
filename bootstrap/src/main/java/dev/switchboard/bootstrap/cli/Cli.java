package dev.switchboard.bootstrap.cli;

import dev.switchboard.domain.error.AccountNotFoundException;
import dev.switchboard.domain.error.DomainException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's command line. No arguments (or only Micronaut's {@code -key=value} arguments) run the
 * service; a first argument naming a command runs that command and exits.
 */
@Command(name = "switchboard", mixinStandardHelpOptions = true,
    version = "Switchboard 0.1",
    description = "Without a command: runs the service. Commands:",
    subcommands = {PortalSettingsCommand.class, AdminCommand.class,
        CommandLine.HelpCommand.class})
public final class Cli {
  private static final Set<String> FIRST_ARGUMENTS =
      Set.of("portal-settings", "admin", "help", "--help", "-h", "--version", "-V");

  private Cli() {}

  /** Whether {@code args} name a command (otherwise the service runs). */
  public static boolean handles(String[] args) {
    return args.length > 0 && FIRST_ARGUMENTS.contains(args[0]);
  }

  /**
   * Runs one command; returns its exit code ({@link ExitCodes}). {@code properties} are added to
   * the service's configuration for admin commands (tests pass their database here).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err, boolean interactive,
      Map<String, Object> properties) {
    try (CliSession session = new CliSession(out, err, interactive, properties)) {
      CommandLine cli = new CommandLine(new Cli(), new SessionFactory(session))
          .setOut(out).setErr(err)
          .setExecutionExceptionHandler((e, commandLine, parsed) -> fail(e, err));
      return cli.execute(args);
    }
  }

  static int fail(Exception e, PrintWriter err) {
    int code;
    String message;
    Throwable cause = e;
    if (cause instanceof CliFailure failure) {
      code = failure.exitCode();
      message = failure.getMessage();
    } else if (cause instanceof AccountNotFoundException) {
      code = ExitCodes.NOT_FOUND;
      message = cause.getMessage();
    } else if (cause instanceof DomainException || cause instanceof IllegalArgumentException) {
      code = ExitCodes.INVALID_INPUT;
      message = cause.getMessage();
    } else {
      code = ExitCodes.FAILURE;
      message = "unexpected failure: " + describe(cause);
    }
    err.println("switchboard: error: " + message);
    err.flush();
    return code;
  }

  private static String describe(Throwable e) {
    StringBuilder b = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
      b.append(" (caused by ").append(c.getClass().getSimpleName()).append(": ")
          .append(c.getMessage()).append(')');
    }
    return b.toString();
  }

  /** Builds commands, handing {@link CliSession} to those that take it. */
  private record SessionFactory(CliSession session) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(CliSession.class).newInstance(session);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
