package dev.switchboard.domain.webhook;

import java.util.Locale;

/** The two body formats of the smart contact notification, by their {@code Content-Type}. */
public enum PayloadFormat {
  JSON("application/json"),
  XML("application/xml");

  private final String mediaType;

  PayloadFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String mediaType() {
    return mediaType;
  }

  /** {@code application/json} or {@code application/xml} (parameters such as charset ignored). */
  public static PayloadFormat fromMediaType(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip()
        .toLowerCase(Locale.ROOT);
    for (PayloadFormat f : values()) {
      if (f.mediaType.equals(type)) {
        return f;
      }
    }
    throw new IllegalArgumentException("Content type '" + contentType
        + "' is not supported: use application/json or application/xml");
  }
}
