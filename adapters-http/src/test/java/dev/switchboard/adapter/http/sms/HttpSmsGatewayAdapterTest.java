package dev.switchboard.adapter.http.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import dev.switchboard.application.port.out.sms.SmsMessage;
import dev.switchboard.domain.phone.PhoneNumber;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSmsGatewayAdapterTest {
  private static final PhoneNumber TO = PhoneNumber.parseE164("+12025550123");
  /** Quotes, ampersands, equals, plus, percent, newlines, non-ASCII and a placeholder. */
  private static final String TEXT =
      "Code 123456 \"quoted\" & a=b + 50% off\nline 2\r\n\\ ünïcode %to% </x>";
  private static final SmsMessage MESSAGE = new SmsMessage(TO, TEXT);
  private final StubGateway stub = new StubGateway();

  @AfterEach
  void stop() {
    stub.close();
  }

  private HttpSmsGatewayAdapter adapter(String path, String method, String body, String type,
      String auth, List<Integer> codes, Duration timeout) {
    return new HttpSmsGatewayAdapter(new HttpSmsSettings(stub.url(path), method, body, type, auth,
        codes, timeout));
  }

  @Test
  void givenDefaults_send_postsFormWithEscapedFieldsAndAuthorization() {
    adapter("/sms/send", null, null, null, "Bearer gw-secret", null, null).send(MESSAGE);

    StubGateway.Received got = stub.received().get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/sms/send");
    assertThat(got.header("Authorization")).isEqualTo("Bearer gw-secret");
    assertThat(got.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(form(got.body())).isEqualTo(Map.of("to", "+12025550123", "text", TEXT));
  }

  @Test
  void givenJsonTemplate_send_postsValidJsonWithEscapedValues() throws Exception {
    String template = "{\"recipient\":\"%to%\",\"digits\":\"%to_digits%\",\"message\":\"%text%\"}";

    adapter("/json", "post", template, "application/json", null, null, null).send(MESSAGE);

    StubGateway.Received got = stub.received().get(0);
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(got.header("Authorization")).isNull();
    JsonNode json = new ObjectMapper().readTree(got.body());
    assertThat(json.get("recipient").asText()).isEqualTo("+12025550123");
    assertThat(json.get("digits").asText()).isEqualTo("12025550123");
    assertThat(json.get("message").asText()).isEqualTo(TEXT);
    assertThat(json.size()).isEqualTo(3);
  }

  @Test
  void givenGet_send_putsUrlEncodedValuesInTheQuery() {
    adapter("/get?user=me&to=%to_digits%&msg=%text%", "GET", null, null, "Basic abc", null, null)
        .send(MESSAGE);

    StubGateway.Received got = stub.received().get(0);
    assertThat(got.method()).isEqualTo("GET");
    assertThat(got.body()).isEmpty();
    assertThat(got.header("Authorization")).isEqualTo("Basic abc");
    assertThat(form(got.rawQuery()))
        .isEqualTo(Map.of("user", "me", "to", "12025550123", "msg", TEXT));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 500, 503, 302})
  void givenFailureStatus_send_throwsWithoutTheText(int status) {
    stub.answer(status);
    HttpSmsGatewayAdapter adapter = adapter("/x", null, null, null, null, null, null);

    assertThatThrownBy(() -> adapter.send(MESSAGE))
        .isInstanceOf(SmsDeliveryException.class)
        .hasMessage("SMS gateway answered HTTP " + status)
        .hasNoCause();
  }

  @Test
  void givenConfiguredSuccessCodes_send_acceptsOnlyThose() {
    stub.answer(200);
    HttpSmsGatewayAdapter adapter = adapter("/x", null, null, null, null, List.of(202), null);

    assertThatThrownBy(() -> adapter.send(MESSAGE)).isInstanceOf(SmsDeliveryException.class);
    stub.answer(202);
    adapter.send(MESSAGE);
    assertThat(stub.received()).hasSize(2);
  }

  @Test
  void givenSlowGateway_send_timesOutWithoutTheText() {
    stub.delay(2_000);
    HttpSmsGatewayAdapter adapter =
        adapter("/slow?t=%text%", "GET", null, null, null, null, Duration.ofMillis(200));

    assertThatThrownBy(() -> adapter.send(MESSAGE))
        .isInstanceOf(SmsDeliveryException.class)
        .hasMessageContaining("could not be reached")
        .hasMessageNotContaining("123456")
        .hasNoCause();
  }

  @Test
  void givenNothingListening_send_throwsSmsDeliveryException() {
    HttpSmsGatewayAdapter adapter = new HttpSmsGatewayAdapter(
        HttpSmsSettings.of("http://127.0.0.1:1/nothing?t=%text%"));

    assertThatThrownBy(() -> adapter.send(MESSAGE))
        .isInstanceOf(SmsDeliveryException.class)
        .hasMessageNotContaining("123456");
  }

  @Test
  void givenBadSettings_construction_failsWithTheSettingName() {
    assertThatThrownBy(() -> HttpSmsSettings.of("ftp://gw"))
        .hasMessageContaining("switchboard.sms.http.url");
    assertThatThrownBy(() -> new HttpSmsSettings("http://gw", "PUT", null, null, null, null,
        null)).hasMessageContaining("switchboard.sms.http.method");
    assertThatThrownBy(() -> new HttpSmsSettings("http://gw", null, null, "application/xml",
        null, null, null)).hasMessageContaining("switchboard.sms.http.content-type");
    assertThat(new HttpSmsSettings("http://gw", null, null, null, "Bearer s3cret", null, null))
        .hasToString(
            "HttpSmsSettings[POST http://gw, application/x-www-form-urlencoded, auth=***]");
  }

  private static Map<String, String> form(String encoded) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : encoded.split("&")) {
      String[] kv = pair.split("=", 2);
      fields.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
          URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return fields;
  }
}
