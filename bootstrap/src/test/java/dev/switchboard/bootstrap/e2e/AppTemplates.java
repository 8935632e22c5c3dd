package dev.switchboard.bootstrap.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills portal templates the way the app does: each {@code %placeholder%} (global ones such as
 * {@code %phoneNumber%}, account ones such as {@code %account[username]%}) is replaced by its
 * value, escaped for where it stands — percent-encoded in URLs and form bodies, JSON- or
 * XML-escaped in such bodies. A placeholder the app would not know fails the test.
 */
final class AppTemplates {
  private static final Pattern PLACEHOLDER = Pattern.compile("%([A-Za-z_]+(?:\\[[^\\]%]+\\])?)%");

  private AppTemplates() {}

  static String fillUrl(String template, Map<String, String> values) {
    return fill(template, values, AppTemplates::percent);
  }

  static String fillBody(String template, String contentType, Map<String, String> values) {
    if (contentType.startsWith("application/json")) {
      return fill(template, values, AppTemplates::json);
    }
    if (contentType.startsWith("application/xml") || contentType.startsWith("text/xml")) {
      return fill(template, values, v -> v.replace("&", "&amp;").replace("<", "&lt;")
          .replace(">", "&gt;"));
    }
    return fill(template, values, AppTemplates::percent);
  }

  private static String fill(String template, Map<String, String> values,
      java.util.function.UnaryOperator<String> escape) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        fail("The template " + template + " uses %" + m.group(1) + "%, which the app would "
            + "not fill here");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String percent(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String json(String value) {
    StringBuilder b = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.toString();
  }
}
