package dev.switchboard.adapter.http.sms;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.switchboard.application.port.out.sms.SmsMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code %to%}, {@code %to_digits%} and {@code %text%} in one pass (a value that itself
 * contains a placeholder is never expanded again), escaping each value for where it goes.
 */
final class SmsTemplate {
  private static final Pattern PLACEHOLDER = Pattern.compile("%(to|to_digits|text)%");

  private SmsTemplate() {}

  /** How values are escaped in a POST body of a given content type. */
  enum Escaping {
    FORM("to=%to%&text=%text%", v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
    JSON("{\"to\":\"%to%\",\"text\":\"%text%\"}",
        v -> new String(JsonStringEncoder.getInstance().quoteAsString(v))),
    TEXT("%text%", v -> v);

    private final String defaultBody;
    private final UnaryOperator<String> escape;

    Escaping(String defaultBody, UnaryOperator<String> escape) {
      this.defaultBody = defaultBody;
      this.escape = escape;
    }

    String defaultBody() {
      return defaultBody;
    }

    UnaryOperator<String> escape() {
      return escape;
    }

    static Escaping forContentType(String contentType) {
      String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (type.equals("application/x-www-form-urlencoded")) {
        return FORM;
      }
      if (type.equals("application/json") || type.endsWith("+json")) {
        return JSON;
      }
      if (type.equals("text/plain")) {
        return TEXT;
      }
      throw new IllegalArgumentException("switchboard.sms.http.content-type '" + contentType
          + "' is not supported (application/x-www-form-urlencoded, application/json, text/plain)");
    }
  }

  /** A value fit for a URL query or path: percent-encoded, spaces as {@code %20}. */
  static String urlComponent(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String expand(String template, SmsMessage message, UnaryOperator<String> escape) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = switch (m.group(1)) {
        case "to" -> message.to().e164();
        case "to_digits" -> message.to().e164().substring(1);
        default -> message.text();
      };
      m.appendReplacement(out, Matcher.quoteReplacement(escape.apply(value)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
