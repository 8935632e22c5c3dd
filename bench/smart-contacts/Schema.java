import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes the migration's keys, foreign keys and indexes off the bulk tables before the load and
 * puts exactly the same ones back afterwards (their DDL is read from the catalog, so the bench
 * always measures the indexes that V2 really creates).
 */
final class Schema {
  private record Definition(String table, String name, String kind, String ddl) {}

  private final List<Definition> definitions = new ArrayList<>();

  /** Reads and drops the definitions on {@code tables}. */
  void strip(Connection c, List<String> tables) throws SQLException {
    String constraints = "SELECT conrelid::regclass::text, conname, contype::text,"
        + " pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE conrelid::regclass::text = ANY(?) AND contype IN ('p', 'u', 'f')";
    String indexes = "SELECT tablename, indexname, 'i', indexdef FROM pg_indexes"
        + " WHERE schemaname = current_schema() AND tablename = ANY(?)"
        + " AND indexname NOT IN (SELECT conname FROM pg_constraint)";
    read(c, constraints, tables);
    read(c, indexes, tables);
    try (Statement s = c.createStatement()) {
      for (String kind : List.of("f", "i", "u", "p")) {
        for (Definition d : definitions) {
          if (d.kind().equals(kind)) {
            s.execute(kind.equals("i") ? "DROP INDEX " + d.name()
                : "ALTER TABLE " + d.table() + " DROP CONSTRAINT " + d.name());
          }
        }
      }
    }
  }

  /** Re-creates what {@link #strip} dropped: keys, then indexes, then foreign keys. */
  long restore(Connection c) throws SQLException {
    long start = System.nanoTime();
    try (Statement s = c.createStatement()) {
      for (String kind : List.of("p", "u", "i", "f")) {
        for (Definition d : definitions) {
          if (!d.kind().equals(kind)) {
            continue;
          }
          long t0 = System.nanoTime();
          s.execute(kind.equals("i") ? d.ddl()
              : "ALTER TABLE " + d.table() + " ADD CONSTRAINT " + d.name() + " " + d.ddl());
          System.out.printf(Locale.ROOT, "[index] %-26s %6.1f s  %s%n", d.name(),
              (System.nanoTime() - t0) / 1e9, d.table() + ": " + d.ddl());
        }
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private void read(Connection c, String sql, List<String> tables) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setArray(1, c.createArrayOf("text", tables.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          definitions.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4)));
        }
      }
    }
  }
}
