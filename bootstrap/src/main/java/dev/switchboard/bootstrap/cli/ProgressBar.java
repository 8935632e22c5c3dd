package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.imports.ImportProgress;
import java.io.PrintWriter;

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per 10 % otherwise (so logs
 * of scripted runs stay short).
 */
final class ProgressBar implements ImportProgress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String what;
  private final boolean interactive;
  private String lastPhase = "";
  private int lastPercent = -1;

  ProgressBar(PrintWriter err, String what, boolean interactive) {
    this.err = err;
    this.what = what;
    this.interactive = interactive;
  }

  @Override
  public void update(String phase, int done, int total) {
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    boolean newPhase = !phase.equals(lastPhase);
    if (!newPhase && (interactive ? percent == lastPercent : percent / 10 == lastPercent / 10)) {
      return;
    }
    if (newPhase && !lastPhase.isEmpty() && interactive) {
      err.println();
    }
    lastPhase = phase;
    lastPercent = percent;
    int filled = WIDTH * percent / 100;
    String line = String.format("%s %-7s [%s%s] %3d%% %d/%d", what, phase, "#".repeat(filled),
        ".".repeat(WIDTH - filled), percent, done, total);
    if (interactive) {
      err.print("\r" + line);
    } else {
      err.println(line);
    }
    err.flush();
  }

  void finish() {
    if (interactive && !lastPhase.isEmpty()) {
      err.println();
      err.flush();
    }
  }
}
