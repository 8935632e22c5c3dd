import io.micronaut.data.annotation.Query;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SQL text with {@code :named} parameters, e.g. the adapter's own query read from its
 * repository's {@code @Query}, so the bench runs exactly what the adapter runs.
 */
record NamedSql(String sql, List<String> names) {
  private static final Pattern PARAM = Pattern.compile("(?<![:\\w]):(\\w+)");

  static NamedSql of(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = PARAM.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      names.add(m.group(1));
      m.appendReplacement(sb, "?");
    }
    m.appendTail(sb);
    return new NamedSql(sb.toString(), List.copyOf(names));
  }

  /** The {@code @Query} of {@code method} on a (package-private) repository interface. */
  static NamedSql ofQuery(String repository, String method) throws ReflectiveOperationException {
    for (Method m : Class.forName(repository).getDeclaredMethods()) {
      if (m.getName().equals(method)) {
        return of(m.getAnnotation(Query.class).value());
      }
    }
    throw new NoSuchMethodException(repository + "." + method);
  }

  PreparedStatement prepare(Connection c, String prefix, Map<String, Object> values)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(prefix + sql);
    for (int i = 0; i < names.size(); i++) {
      Object v = values.get(names.get(i));
      if (v == null) {
        throw new IllegalArgumentException("No value for :" + names.get(i));
      }
      ps.setObject(i + 1, v);
    }
    return ps;
  }
}
