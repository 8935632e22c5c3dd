package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

  @Test
  void value_replacesAsciiControlCharactersOnly() {
    assertThat(LogSafe.value("a\nb\rc\u0000d\u007Fe\tf")).isEqualTo("a?b?c?d?e?f");
    assertThat(LogSafe.value("Zoiper/5.6 (Ubuntu) \u00e9\u0085")).isEqualTo("Zoiper/5.6 (Ubuntu) \u00e9\u0085");
  }

  @Test
  void value_marksAbsentValuesAndCutsLongOnes() {
    assertThat(LogSafe.value(null)).isEqualTo("-");
    assertThat(LogSafe.value("")).isEqualTo("-");
    assertThat(LogSafe.value("x".repeat(150))).isEqualTo("x".repeat(100) + "…");
  }

  @Test
  void value_matchesTheRegexItReplaces() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x300; c++) {
      all.append(c);
    }
    String sample = all.substring(0, 99);
    assertThat(LogSafe.value(sample)).isEqualTo(sample.replaceAll("\\p{Cntrl}", "?"));
    String high = all.substring(0x70, 0x70 + 99);
    assertThat(LogSafe.value(high)).isEqualTo(high.replaceAll("\\p{Cntrl}", "?"));
  }
}
