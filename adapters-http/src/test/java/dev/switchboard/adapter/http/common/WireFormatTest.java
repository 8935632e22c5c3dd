package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireFormatTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "application/json                          | JSON",
      "application/xml                           | XML",
      "text/xml                                  | XML",
      "application/x-www-form-urlencoded         | FORM",
      "text/html,application/xhtml+xml           | XML",
      "image/png                                 | XML",
      "application/xml;q=0.1,application/json    | JSON",
      "not a media type at all ;;; q=            | XML"})
  void givenAccept_negotiate_picksTheBestOfOurs(String accept, WireFormat expected) {
    HttpRequest<?> request = HttpRequest.GET("/x").header("Accept", accept);

    assertThat(WireFormat.negotiate(request, WireFormat.XML)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "application/json; charset=UTF-8      | JSON",
      "application/problem+json             | JSON",
      "application/soap+xml                 | XML",
      "application/x-www-form-urlencoded    | FORM"})
  void givenBodyMediaType_of_recognisesOurFormats(String type, WireFormat expected) {
    assertThat(WireFormat.of(MediaType.of(type))).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource({"text/plain", "application/octet-stream", "multipart/form-data", "image/xml"})
  void givenOtherMediaType_of_isEmpty(String type) {
    assertThat(WireFormat.of(MediaType.of(type))).isEmpty();
  }
}
