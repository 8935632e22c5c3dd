package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Errors raised by Micronaut itself or by surprises get the same message-carrying bodies. */
@MicronautTest(transactional = false)
class ErrorResponsesTest {
  @Inject EmbeddedServer server;
  Wire wire;

  @BeforeEach
  void setUp() {
    wire = new Wire(server);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/nowhere                | application/xml | application/xml",
      "/nowhere                | application/json | application/json",
      "/nowhere | application/x-www-form-urlencoded | application/x-www-form-urlencoded",
      "/provisioning/deeper    | application/json | application/xml",
      "/verify_number/x/y      |                  | application/xml"})
  void givenUnknownRoute_server_is404WithMessage(String path, String accept, String type) {
    Reply reply = accept == null ? wire.get(path) : wire.get(path, "Accept", accept);

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).isEqualTo(type);
    assertThat(reply.message()).isEqualTo("There is nothing at this address.");
  }

  @Test
  void givenUnexpectedFailure_server_is500WithGenericMessageOnly() {
    Reply reply = wire.get("/boom", "Accept", "application/json");

    assertThat(reply.status()).isEqualTo(500);
    assertThat(reply.message())
        .isEqualTo("Something went wrong on our side. Please try again later.");
    assertThat(reply.body()).doesNotContain("secret", "internals", "Exception", "dev.switchboard");
  }

  @Test
  void givenSmsDeliveryFailure_server_is503WithRetryMessage() {
    Reply reply = wire.get("/boom/sms");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.message())
        .isEqualTo("We could not send the SMS right now. Please try again shortly.");
    assertThat(reply.body()).doesNotContain("gateway said no");
  }

  @Test
  void givenDependencyDown_server_is503WithItsSentenceOnly() {
    Reply reply = wire.get("/boom/unavailable", "Accept", "application/json");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.message())
        .isEqualTo("The sign-in service is unavailable. Please try again shortly.");
    assertThat(reply.body()).doesNotContain("HTTP 500", "External Authentication");
  }

  @Test
  void givenChunkedBodyOverTheLimit_verify_is413() {
    byte[] body = ("number=" + "1".repeat(100 * 1024)).getBytes();

    Reply reply = wire.sendChunked("/verify_number", "application/x-www-form-urlencoded", body);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.message()).isEqualTo("The request body is larger than 64 KiB.");
  }

  @Test
  void givenChunkedBodyOverTheServerLimit_verify_is413() {
    byte[] body = ("number=" + "1".repeat(18 << 20)).getBytes();

    Reply reply = wire.sendChunked("/verify_number", "application/x-www-form-urlencoded", body);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.message()).isNotBlank();
  }

  @Test
  void givenAnyAnswer_server_forbidsContentSniffing() {
    assertThat(wire.get("/nowhere").header("X-Content-Type-Options")).hasValue("nosniff");
  }
}
