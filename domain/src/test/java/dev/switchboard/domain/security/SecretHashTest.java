package dev.switchboard.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class SecretHashTest {
  private final SecureRandom random = new SecureRandom();

  @Test
  void givenHash_matches_onlyTheSecret() {
    SecretHash h = SecretHash.of("s3cret", random);
    assertThat(h.matches("s3cret")).isTrue();
    assertThat(h.matches("s3creT")).isFalse();
    assertThat(h.matches("")).isFalse();
    assertThat(h.matches(null)).isFalse();
  }

  @Test
  void givenSameSecretTwice_hashesDifferBySalt() {
    assertThat(SecretHash.of("x", random).encoded()).isNotEqualTo(SecretHash.of("x", random).encoded());
  }

  @Test
  void givenEncoded_parse_roundTrips() {
    SecretHash h = SecretHash.of("abc", random);
    SecretHash parsed = SecretHash.parse(h.encoded());
    assertThat(parsed.matches("abc")).isTrue();
    assertThat(parsed).isEqualTo(h);
    assertThat(h.encoded()).doesNotContain("abc");
  }

  @Test
  void givenGarbage_parse_isRejected() {
    assertThatThrownBy(() -> SecretHash.parse("md5$x")).isInstanceOf(IllegalArgumentException.class);
  }
}
