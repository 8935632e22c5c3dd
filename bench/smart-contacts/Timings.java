import java.util.Arrays;
import java.util.Locale;

/** Latency samples of one measurement, with the percentiles the report prints. */
final class Timings {
  private final String name;
  private final long[] nanos;
  private int n;
  private long rows;

  Timings(String name, int capacity) {
    this.name = name;
    this.nanos = new long[capacity];
  }

  interface Run {
    /** One repetition; returns the rows it read. */
    int run(int rep) throws Exception;
  }

  static Timings measure(String name, int warmup, int reps, Run run) throws Exception {
    for (int i = 0; i < warmup; i++) {
      run.run(i % reps);
    }
    Timings t = new Timings(name, reps);
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      int rows = run.run(i);
      t.nanos[t.n++] = System.nanoTime() - start;
      t.rows += rows;
    }
    return t;
  }

  double percentileMs(double p) {
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * n) - 1;
    return sorted[Math.max(0, Math.min(n - 1, index))] / 1e6;
  }

  String row() {
    return String.format(Locale.ROOT, "| %-58s | %8.2f | %8.2f | %8.2f | %7.1f |", name,
        percentileMs(50), percentileMs(99), percentileMs(100), (double) rows / n);
  }

  static String header(int reps) {
    return "| measurement (" + reps + " repetitions, PostgreSQL)" + " ".repeat(
        Math.max(0, 22 - String.valueOf(reps).length())) + " | p50 (ms) | p99 (ms) | max (ms)"
        + " | rows/op |\n|" + "-".repeat(60) + "|---------:|---------:|---------:|--------:|";
  }
}
