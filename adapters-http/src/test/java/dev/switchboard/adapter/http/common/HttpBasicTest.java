package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpBasicTest {

  private static HttpRequest<?> with(String authorization) {
    return HttpRequest.GET("/contacts").header("Authorization", authorization);
  }

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void givenBasicHeader_of_splitsAtTheFirstColonAndHidesThePassword() {
    HttpBasic.Credentials c = HttpBasic.of(with(basic("alice:pa:ss wörd"))).orElseThrow();

    assertThat(c.username()).isEqualTo("alice");
    assertThat(c.password()).isEqualTo("pa:ss wörd");
    assertThat(c.toString()).doesNotContain("pa:ss");
  }

  @Test
  void givenOtherSchemeOrNone_of_isEmpty() {
    assertThat(HttpBasic.of(HttpRequest.GET("/contacts"))).isEmpty();
    assertThat(HttpBasic.of(with("Bearer abc"))).isEmpty();
    assertThat(HttpBasic.of(with("basic " + basic("a:b").substring(6)))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic", "Basic ", "Basic %%%", "Basic YWxpY2U=", "Basic OnB3"})
  void givenMalformedBasic_of_is400(String header) {
    assertThatThrownBy(() -> HttpBasic.of(with(header)))
        .isInstanceOfSatisfying(WireException.class,
            e -> assertThat(e.status().getCode()).isEqualTo(400));
  }
}
