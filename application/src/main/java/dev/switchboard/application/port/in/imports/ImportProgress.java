package dev.switchboard.application.port.in.imports;

/** Callback of a bulk import: {@code done} of {@code total} items of {@code phase} are through. */
@FunctionalInterface
public interface ImportProgress {
  ImportProgress NONE = (phase, done, total) -> { };

  void update(String phase, int done, int total);
}
