package dev.switchboard.bootstrap.cli;

/** Exit codes of the command line; scripts may rely on them (documented in docs/OPERATIONS.md). */
public final class ExitCodes {
  /** Done. */
  public static final int OK = 0;
  /** Unexpected failure (database unreachable, bug); the message says what happened. */
  public static final int FAILURE = 1;
  /** Wrong command line: unknown command or option, missing argument. */
  public static final int USAGE = 2;
  /** The account (or other named thing) does not exist. */
  public static final int NOT_FOUND = 3;
  /** Invalid input: a bad value, an unknown Cloud ID, a malformed or refused CSV line. */
  public static final int INVALID_INPUT = 4;
  /** It exists already (e.g. the number has an account); the existing one is printed. */
  public static final int ALREADY_EXISTS = 5;
  /** The command needs a capability this build does not have yet. */
  public static final int NOT_AVAILABLE = 6;

  private ExitCodes() {}
}
