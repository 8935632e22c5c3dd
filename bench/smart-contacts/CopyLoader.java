import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams generated rows into tables with COPY FROM STDIN (text format), several tables at once,
 * printing rows/s and % done for each table every few seconds.
 */
final class CopyLoader {
  private static final int FLUSH_BYTES = 1 << 20;
  private static final long REPORT_MS = 3_000;

  /** Appends the rows of one unit (a user, an entry) and returns how many it appended. */
  interface Rows {
    int append(StringBuilder sb, long unit);
  }

  /** One table to fill: {@code units} calls of {@code rows}, {@code totalRows} rows in all. */
  record Table(String name, String columns, long units, long totalRows, Rows rows) {}

  private static final class Progress {
    final Table table;
    final AtomicLong rows = new AtomicLong();
    volatile long startNanos;
    volatile long endNanos;
    long lastRows;
    long lastNanos;

    Progress(Table table) {
      this.table = table;
    }
  }

  private final String url;
  private final String user;
  private final String password;

  CopyLoader(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Loads every table, {@code threads} at a time (largest first); returns the elapsed ms. */
  long load(List<Table> tables, int threads) throws Exception {
    List<Progress> progress = new ArrayList<>();
    tables.stream().sorted((a, b) -> Long.compare(b.totalRows(), a.totalRows()))
        .forEach(t -> progress.add(new Progress(t)));
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Thread reporter = new Thread(() -> report(progress), "copy-progress");
    reporter.setDaemon(true);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Progress p : progress) {
        done.add(pool.submit(() -> {
          copy(p);
          return null;
        }));
      }
      reporter.start();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      reporter.interrupt();
      pool.shutdownNow();
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    for (Progress p : progress) {
      long tableMs = Math.max(1, (p.endNanos - p.startNanos) / 1_000_000);
      System.out.printf(Locale.ROOT, "[load] %-14s %,d rows in %.1f s (%,d rows/s)%n",
          p.table.name(), p.rows.get(), tableMs / 1000.0, p.rows.get() * 1000 / tableMs);
    }
    return ms;
  }

  private void copy(Progress p) throws Exception {
    Table t = p.table;
    p.startNanos = System.nanoTime();
    p.lastNanos = p.startNanos;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("COPY " + t.name() + " (" + t.columns() + ") FROM STDIN");
      StringBuilder sb = new StringBuilder(FLUSH_BYTES + 64 * 1024);
      int pending = 0;
      for (long unit = 0; unit < t.units(); unit++) {
        pending += t.rows().append(sb, unit);
        if (sb.length() >= FLUSH_BYTES) {
          byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          sb.setLength(0);
          p.rows.addAndGet(pending);
          pending = 0;
        }
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      in.writeToCopy(bytes, 0, bytes.length);
      in.endCopy();
      p.rows.addAndGet(pending);
      p.endNanos = System.nanoTime();
    }
  }

  private static void report(List<Progress> progress) {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(REPORT_MS);
        long now = System.nanoTime();
        for (Progress p : progress) {
          long rows = p.rows.get();
          if (p.startNanos == 0 || rows == 0 || p.endNanos != 0) {
            continue;
          }
          double interval = (now - p.lastNanos) / 1e9;
          double total = (now - p.startNanos) / 1e9;
          System.out.printf(Locale.ROOT,
              "[load] %-14s %,13d / %,d rows (%5.1f %%) %,9.0f rows/s now, %,9.0f avg, %.0f s%n",
              p.table.name(), rows, p.table.totalRows(), 100.0 * rows / p.table.totalRows(),
              (rows - p.lastRows) / interval, rows / total, total);
          p.lastRows = rows;
          p.lastNanos = now;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
