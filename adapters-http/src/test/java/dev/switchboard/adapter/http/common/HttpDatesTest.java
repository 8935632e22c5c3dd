package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpDatesTest {
  static final Instant T = Instant.parse("2030-01-05T08:09:07.654Z");

  @Test
  void givenInstant_format_isImfFixdateInWholeSeconds() {
    assertThat(HttpDates.format(T)).isEqualTo("Sat, 05 Jan 2030 08:09:07 GMT");
  }

  @Test
  void givenFormattedDate_parse_roundTrips() {
    assertThat(HttpDates.parse(HttpDates.format(T)))
        .hasValue(Instant.parse("2030-01-05T08:09:07Z"));
    assertThat(HttpDates.parse("nonsense")).isEmpty();
    assertThat(HttpDates.parse(null)).isEmpty();
  }

  @Test
  void givenSinceAtOrAfterLastModified_notModified_isTrue() {
    Optional<Instant> sameSecond = HttpDates.parse(HttpDates.format(T));

    assertThat(HttpDates.notModified(T, sameSecond)).isTrue();
    assertThat(HttpDates.notModified(T, Optional.of(T.plusSeconds(60)))).isTrue();
    assertThat(HttpDates.notModified(T, Optional.of(T.minusSeconds(1)))).isFalse();
    assertThat(HttpDates.notModified(T, Optional.empty())).isFalse();
  }

  @Test
  void now_isTheCurrentSecondAsAnHttpDate() {
    Instant before = Instant.now().minusSeconds(1);
    Optional<Instant> now = HttpDates.parse(HttpDates.now());
    Instant after = Instant.now().plusSeconds(1);

    assertThat(now).hasValueSatisfying(t -> assertThat(t).isBetween(before, after));
    assertThat(HttpDates.parse(HttpDates.now())).hasValueSatisfying(
        t -> assertThat(t).isAfterOrEqualTo(now.get()));
  }
}
