package dev.switchboard.adapter.http.callthrough;

import dev.switchboard.adapter.http.common.WireFormat;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * The format call-through answers in when the request names none in {@code Accept}
 * ({@code switchboard.callthrough.response-format}: {@code xml}, {@code json} or {@code form}).
 */
@Singleton
public final class CallThroughFormat {
  private final WireFormat fallback;

  public CallThroughFormat(@Value("${switchboard.callthrough.response-format:xml}") String name) {
    this.fallback = switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "xml" -> WireFormat.XML;
      case "json" -> WireFormat.JSON;
      case "form" -> WireFormat.FORM;
      default -> throw new IllegalArgumentException("switchboard.callthrough.response-format '"
          + name + "' is not xml, json or form");
    };
  }

  public WireFormat fallback() {
    return fallback;
  }
}
