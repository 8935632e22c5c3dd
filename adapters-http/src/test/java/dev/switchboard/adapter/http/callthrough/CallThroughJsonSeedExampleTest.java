package dev.switchboard.adapter.http.callthrough;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.testing.InMemoryAccounts;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The seed's "GET method, JSON" example, verbatim: the request names no format, so this
 * deployment is configured to answer JSON by default; johndow has no credit.
 */
@MicronautTest(transactional = false)
@Property(name = "switchboard.callthrough.response-format", value = "json")
class CallThroughJsonSeedExampleTest {
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;

  @Test
  void pathFormJsonExample_withoutCredit_answers403WithTheDocumentedMessage() throws Exception {
    Johndow.create(accounts, "0");

    RawHttp.Answer answer = RawHttp.send(server, CallThroughSeedExamplesTest.GET_PATH);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    assertThat(answer.header("Content-Type")).isEqualTo("application/json");
    assertThat(new ObjectMapper().readTree(answer.body()).path("message").asText())
        .isEqualTo("Not enough credit for call-through.");
  }

  @Test
  void withCredit_dialStringIsJson() throws Exception {
    Johndow.create(accounts, "1");

    RawHttp.Answer answer = RawHttp.send(server, CallThroughSeedExamplesTest.GET_PATH);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo("application/json");
    assertThat(new ObjectMapper().readTree(answer.body()).path("dialString").asText())
        .isEqualTo("+15551231234,,%account[x-cth-pin]%#12345678#");
  }
}
