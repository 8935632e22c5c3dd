import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL-level measurements: p50/p99 over repetitions, and one EXPLAIN ANALYZE each. */
final class Measurements {
  private static final String REPOS = "dev.switchboard.adapter.persistence.";
  static final String ANY_LOOKUP = "SELECT number_digits, sip_uri, owner_username, network_id,"
      + " updated_at FROM smart_entries WHERE cloud_id = :cloudId"
      + " AND number_digits = ANY(:numbers)";
  private final Connection c;
  private final BenchData data;
  private final NamedSql any = NamedSql.of(ANY_LOOKUP);
  private final NamedSql findInBook;
  private final NamedSql findInBookOnNetwork;
  private final NamedSql holdersOf;

  Measurements(Connection c, BenchData data) throws ReflectiveOperationException {
    this.c = c;
    this.data = data;
    findInBook = NamedSql.ofQuery(REPOS + "smart.SmartEntryJdbcRepository", "findInBook");
    findInBookOnNetwork =
        NamedSql.ofQuery(REPOS + "smart.SmartEntryJdbcRepository", "findInBookOnNetwork");
    holdersOf = NamedSql.ofQuery(REPOS + "contact.AddressBookJdbcRepository", "holdersOf");
  }

  /** The rep-th "typical" number for a reverse lookup: a valid number of a 1,000-entry book. */
  static long bookNumber(BenchData data, int rep) {
    long[] numbers = data.bookNumbers(rep % data.bigBooks);
    for (int i = (rep / data.bigBooks * 37) % numbers.length; ; i = (i + 1) % numbers.length) {
      if (BenchData.isNumber(numbers[i])) {
        return numbers[i];
      }
    }
  }

  /** 1,000 normalised numbers: the valid ones of a 1,000-entry book, topped up from the next. */
  Long[] thousandNumbers(int rep) {
    List<Long> out = new ArrayList<>();
    for (int u = rep % data.bigBooks; out.size() < BenchData.BIG_BOOK; u++) {
      for (long n : data.bookNumbers(u % data.users)) {
        if (BenchData.isNumber(n) && out.size() < BenchData.BIG_BOOK) {
          out.add(n);
        }
      }
    }
    return out.toArray(Long[]::new);
  }

  Map<String, Object> book(int rep) {
    return Map.of("cloudId", BenchData.CLOUD, "username", data.username(rep % data.bigBooks),
        "device", BenchData.DEVICE, "networkId", "bench");
  }

  Map<String, Object> anyLookup(int rep) throws SQLException {
    return Map.of("cloudId", BenchData.CLOUD,
        "numbers", c.createArrayOf("bigint", thousandNumbers(rep)));
  }

  Map<String, Object> reverse(int rep) {
    return Map.of("cloudId", BenchData.CLOUD, "digits", bookNumber(data, rep));
  }

  Map<String, Object> popular(int rep) {
    return Map.of("cloudId", BenchData.CLOUD,
        "digits", data.popularDigits(rep % BenchData.POPULAR));
  }

  interface Params {
    Map<String, Object> of(int rep) throws SQLException;
  }

  List<Timings> measure(int warmup, int reps) throws Exception {
    return List.of(
        time("(b) smart_entries = ANY(1,000 numbers)", any, this::anyLookup, warmup, reps),
        time("(c) reverse lookup (adapter SQL), a number in a book", holdersOf, this::reverse,
            warmup, reps),
        time("(c) reverse lookup (adapter SQL), a popular number", holdersOf, this::popular,
            warmup, reps),
        time("findInBook (adapter SQL), 1,000-entry book", findInBook, this::book, warmup, reps),
        time("findInBook (adapter SQL) + network filter", findInBookOnNetwork, this::book,
            warmup, reps));
  }

  void explainAll() throws SQLException {
    explain("(b) ANY lookup", any, anyLookup(0));
    explain("(c) reverse lookup, a number in a book", holdersOf, reverse(0));
    explain("(c) reverse lookup, a popular number", holdersOf, popular(0));
    explain("findInBook", findInBook, book(0));
    explain("findInBook + network filter", findInBookOnNetwork, book(0));
  }

  private Timings time(String name, NamedSql sql, Params params, int warmup, int reps)
      throws Exception {
    // Parameters are built before the clock starts: only the database round trip is timed.
    List<Map<String, Object>> values = new ArrayList<>();
    for (int rep = 0; rep < reps; rep++) {
      values.add(params.of(rep));
    }
    return Timings.measure(name, warmup, reps, rep -> {
      try (PreparedStatement ps = sql.prepare(c, "", values.get(rep));
          ResultSet rs = ps.executeQuery()) {
        int rows = 0;
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          for (int i = 1; i <= columns; i++) {
            rs.getObject(i);
          }
          rows++;
        }
        return rows;
      }
    });
  }

  private void explain(String title, NamedSql sql, Map<String, Object> params)
      throws SQLException {
    System.out.println("\n--- EXPLAIN (ANALYZE, BUFFERS): " + title);
    try (PreparedStatement ps = sql.prepare(c, "EXPLAIN (ANALYZE, BUFFERS) ", params);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String line = rs.getString(1);
        // The (b) plan repeats the 1,000-number array literal: shortened.
        System.out.println(line.length() <= 200 ? line
            : line.substring(0, 200) + "… (" + line.length() + " characters)");
      }
    }
  }
}
