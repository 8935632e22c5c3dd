package dev.switchboard.adapter.http.common;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code application/x-www-form-urlencoded} both ways; also used for query strings so that only
 * {@code &} separates parameters (a {@code ;} is data, never a separator).
 */
final class FormCodec {
  private FormCodec() {}

  static List<Map.Entry<String, String>> decode(String encoded, Charset charset) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (encoded == null || encoded.isEmpty()) {
      return pairs;
    }
    for (String part : encoded.split("&", RequestParameters.MAX_PARAMETERS + 2)) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      String value = eq < 0 ? "" : part.substring(eq + 1);
      pairs.add(Map.entry(unescape(name, charset), unescape(value, charset)));
    }
    return pairs;
  }

  static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> escape(e.getKey()) + "=" + escape(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String escape(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String unescape(String s, Charset charset) {
    try {
      return URLDecoder.decode(s, charset);
    } catch (IllegalArgumentException e) {
      throw WireException.badRequest("The parameters are not valid URL encoding.");
    }
  }
}
