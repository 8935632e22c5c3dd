package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParametersTest {

  private static RequestParameters query(String query) {
    return RequestParameters.builder()
        .addAll(FormCodec.decode(query, StandardCharsets.UTF_8)).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "number=+12025550123        | +12025550123",
      "number=%2B12025550123      | +12025550123",
      "number=%20%2B12025550123%20 | +12025550123",
      "phoneNumber=+12025550123   | +12025550123"})
  void givenPlusDecodedAsSpace_requiredNumber_getsItsPlusBack(String query, String expected) {
    assertThat(query(query).requiredNumber("number")).isEqualTo(expected);
  }

  @Test
  void givenSpaceBeforeNonDigit_requiredNumber_isLeftAlone() {
    assertThat(query("number=+abc").requiredNumber("number")).isEqualTo("abc");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "u=alice            | username | alice",
      "p=secret           | password | secret",
      "to=%2B1202         | targetNumber | +1202",
      "callback=%2B1202   | callbackNumber | +1202",
      "username=a&u=a     | username | a"})
  void givenDocumentedAlias_optional_findsTheValue(String query, String name, String expected) {
    assertThat(query(query).optional(name)).hasValue(expected);
  }

  @Test
  void givenAliasAndNameDisagree_lookup_isRefused() {
    RequestParameters params = query("username=alice&u=bob");

    assertThatThrownBy(() -> params.optional("username"))
        .isInstanceOf(WireException.class)
        .hasMessage("Parameters 'username' and 'u' disagree; send only one.");
  }

  @Test
  void givenBlankValue_optional_isEmptyAndRequiredSaysMissing() {
    RequestParameters params = query("appid=%20%20&cloud_id=");

    assertThat(params.optional("appid")).isEmpty();
    assertThatThrownBy(() -> params.required("cloud_id"))
        .hasMessage("Parameter 'cloud_id' is missing.");
  }

  @Test
  void givenSameValueTwice_build_acceptsIt() {
    assertThat(query("a=1&a=1").required("a")).isEqualTo("1");
  }

  @Test
  void givenSurroundingWhitespace_required_stripsIt() {
    assertThat(query("cloud_id=%0A%20DEMO%20").required("cloud_id")).isEqualTo("DEMO");
  }

  @Test
  void givenSemicolon_decode_keepsItAsData() {
    assertThat(query("a=1;b=2").required("a")).isEqualTo("1;b=2");
    assertThat(query("a=1;b=2").optional("b")).isEmpty();
  }
}
