package dev.switchboard.application.port.in.imports;

/**
 * A bulk import refused as a whole because of one input line; nothing of it was stored. The
 * message starts with {@code line N:}.
 */
public final class ImportRejectedException extends IllegalArgumentException {
  private final int line;

  public ImportRejectedException(int line, String problem) {
    super("line " + line + ": " + problem);
    this.line = line;
  }

  public int line() {
    return line;
  }
}
