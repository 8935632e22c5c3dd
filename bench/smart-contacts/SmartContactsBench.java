import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Smart Contacts storage benchmark on PostgreSQL: creates the schema with the application's
 * Flyway migrations, bulk-loads smart entries and address books with COPY (keys and indexes
 * built after the load), then measures the lookups. Configured by environment variables; see
 * run.sh. Leaves the database loaded for the HTTP-side measurement.
 */
public final class SmartContactsBench {
  private static final List<String> BULK_TABLES =
      List.of("address_books", "book_contacts", "book_numbers", "smart_entries");

  public static void main(String[] args) throws Exception {
    String url = required("BENCH_JDBC_URL");
    String user = env("BENCH_DB_USER", "switchboard");
    String password = env("BENCH_DB_PASSWORD", "switchboard");
    BenchData data = new BenchData(Long.parseLong(env("SMART_ENTRIES", "10000000")),
        Integer.parseInt(env("USERS", "100000")),
        Integer.parseInt(env("CONTACTS_PER_USER", "300")),
        Integer.parseInt(env("BIG_BOOKS", "100")));
    int reps = Integer.parseInt(env("REPS", "200"));
    int threads = Integer.parseInt(env("LOAD_THREADS", "2"));
    // A full warm-up pass touches every page the measured pass touches: warm-cache latencies.
    int warmup = Integer.parseInt(env("WARMUP", String.valueOf(reps)));
    System.out.printf(Locale.ROOT, "smart_entries=%,d users=%,d contacts/user=%,d"
        + " (first %,d users: %,d) book rows=%,d load threads=%d cores=%d%n", data.smartEntries,
        data.users, data.contactsPerUser, data.bigBooks, BenchData.BIG_BOOK, data.totalContacts(),
        threads, Runtime.getRuntime().availableProcessors());

    if (!"1".equals(env("MEASURE_ONLY", "0"))) {
      load(url, user, password, data, threads);
    }
    List<Timings> results = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password);
        AdapterRuns adapters = new AdapterRuns(url, user, password, data)) {
      Measurements sql = new Measurements(c, data);
      results.addAll(sql.measure(warmup, reps));
      results.addAll(adapters.measure(warmup, reps));
      sql.explainAll();
      System.out.println("\n" + Timings.header(reps));
      results.forEach(t -> System.out.println(t.row()));
      printHook(url, user, password, c, data, adapters);
    }
  }

  /** Schema by Flyway, keys and indexes off, COPY, keys and indexes back, VACUUM ANALYZE. */
  private static void load(String url, String user, String password, BenchData data,
      int threads) throws Exception {
    Flyway.configure().dataSource(url, user, password).load().migrate();
    Schema schema = new Schema();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      schema.strip(c, BULK_TABLES);
    }
    long copyMs = new CopyLoader(url, user, password).load(tables(data), threads);
    long indexMs;
    long vacuumMs;
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '512MB'");
      indexMs = schema.restore(c);
      s.execute("SELECT setval(pg_get_serial_sequence('address_books', 'id'),"
          + " (SELECT max(id) FROM address_books))");
      long t0 = System.nanoTime();
      // VACUUM sets the visibility map, without which no index-only scan avoids the heap.
      s.execute("VACUUM (ANALYZE) " + String.join(", ", BULK_TABLES));
      vacuumMs = (System.nanoTime() - t0) / 1_000_000;
      printSizes(s);
    }
    System.out.printf(Locale.ROOT, "%nLOAD copy %.1f s + keys/indexes %.1f s + vacuum/analyze"
        + " %.1f s = %.1f s%n", copyMs / 1e3, indexMs / 1e3, vacuumMs / 1e3,
        (copyMs + indexMs + vacuumMs) / 1e3);
  }

  private static List<CopyLoader.Table> tables(BenchData d) {
    return List.of(
        new CopyLoader.Table("smart_entries",
            "cloud_id, number_digits, network_id, sip_uri, owner_username, updated_at",
            d.smartEntries, d.smartEntries, d::appendSmartEntry),
        new CopyLoader.Table("address_books", "id, cloud_id, username, device, updated_at",
            d.users, d.users, (sb, u) -> d.appendBook(sb, (int) u)),
        new CopyLoader.Table("book_contacts", "book_id, sort_order, contact_id, body",
            d.users, d.totalContacts(), (sb, u) -> d.appendContacts(sb, (int) u)),
        new CopyLoader.Table("book_numbers",
            "book_id, sort_order, contact_id, entry_id, raw, number_digits",
            d.users, d.totalContacts(), (sb, u) -> d.appendNumbers(sb, (int) u)));
  }

  private static void printSizes(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT relname, reltuples::bigint,"
        + " pg_size_pretty(pg_table_size(oid)), pg_size_pretty(pg_indexes_size(oid))"
        + " FROM pg_class WHERE relname IN ('" + String.join("', '", BULK_TABLES) + "')"
        + " ORDER BY relname")) {
      while (rs.next()) {
        System.out.printf(Locale.ROOT, "[size] %-14s %,12d rows, table %8s, indexes %8s%n",
            rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4));
      }
    }
  }

  private static void printHook(String url, String user, String password, Connection c,
      BenchData data, AdapterRuns adapters) throws SQLException {
    int u = 0;
    int entries;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
        "SELECT COUNT(*) FROM book_numbers WHERE book_id = " + data.bookId(u))) {
      rs.next();
      entries = rs.getInt(1);
    }
    var p = adapters.principal(u);
    System.out.println("\nHOOK for the HTTP-side measurement (the database stays loaded):");
    System.out.println("HOOK jdbc_url=" + url + " user=" + user + " password=" + password);
    System.out.printf("HOOK book cloud_id=%s username=%s device=%s contacts=%d entries=%d"
        + " smart_contacts=%d%n", BenchData.CLOUD, data.username(u), BenchData.DEVICE,
        adapters.contactsOf(u), entries, adapters.smartContactsOf(u));
    System.out.printf("HOOK principal cloud_id=%s network_id=%s username=%s numbers=%s"
        + " sip_uri=%s%n", p.cloudId(), p.networkId(), p.username(), p.numbers(), p.sipUri());
    System.out.println("HOOK bearer_token=" + adapters.issueToken(u).value()
        + " (bench database only; valid 30 days)");
    System.out.printf("HOOK other 1,000-entry books: username=b1 … b%d, device=%s%n",
        data.bigBooks - 1, BenchData.DEVICE);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  private static String required(String name) {
    String v = env(name, null);
    if (v == null) {
      throw new IllegalStateException(name + " is not set (run bench/smart-contacts/run.sh)");
    }
    return v;
  }
}
