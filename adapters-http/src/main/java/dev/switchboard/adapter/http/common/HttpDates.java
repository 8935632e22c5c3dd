package dev.switchboard.adapter.http.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** HTTP dates (RFC 9110 IMF-fixdate, e.g. {@code Sun, 06 Nov 1994 08:49:37 GMT}). */
public final class HttpDates {
  private static final DateTimeFormatter FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** The current second, formatted once: every response carries a Date header. */
  private static volatile Second current = new Second(-1, "");

  private HttpDates() {}

  private record Second(long epochSecond, String formatted) {}

  /**
   * Now as an HTTP date, formatted at most once a second. Responses that carry it are not
   * dated again by the framework, which formats the date for each response.
   */
  public static String now() {
    long second = System.currentTimeMillis() / 1000;
    Second known = current;
    if (known.epochSecond() != second) {
      known = new Second(second, format(Instant.ofEpochSecond(second)));
      current = known;
    }
    return known.formatted();
  }

  /** {@code instant} in whole seconds (HTTP dates have no fractions). */
  public static String format(Instant instant) {
    return FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /** A header value as an instant; empty when absent or not a valid HTTP date (then ignored). */
  public static Optional<Instant> parse(String value) {
    if (value == null || value.isBlank() || value.length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a client holding the version of {@code ifModifiedSince} is up to date with
   * {@code lastModified} (compared in whole seconds).
   */
  public static boolean notModified(Instant lastModified, Optional<Instant> ifModifiedSince) {
    return ifModifiedSince
        .map(since -> !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since))
        .orElse(false);
  }
}
