package dev.switchboard.adapter.http.callthrough;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.domain.account.Account;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The seed document's examples, sent verbatim over a socket. The access number +15551231234 is
 * one libphonenumber calls invalid: access numbers are checked for E.164 shape only, and the
 * target 12345678 is a digit string, not E.164; both are accepted as the document shows.
 */
@MicronautTest(transactional = false)
class CallThroughSeedExamplesTest {
  static final String GET_XML = """
      GET /callthrough/?username=johndow&targetNumber=12345678 HTTP/1.1
      Host: example.com
      Connection: close
      Cache-Control: max-age=0
      User-Agent: CloudSoftphone/1.5.6

      """;
  static final String GET_PATH = """
      GET /callthrough/johndow/12345678 HTTP/1.1
      Host: example.com
      Connection: close
      Cache-Control: max-age=0
      User-Agent: CloudSoftphone/1.5.6

      """;
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;

  @Test
  void getXmlExample_answersTheDocumentedDialString() {
    Account johndow = Johndow.create(accounts, "10");

    RawHttp.Answer answer = RawHttp.send(server, GET_XML);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).isEqualTo("application/xml");
    assertThat(answer.body()).isEqualTo("<response><dialString>"
        + "+15551231234,,%account[x-cth-pin]%#12345678#</dialString></response>");
    String dialString = answer.body().replaceAll(".*<dialString>(.*)</dialString>.*", "$1");
    assertThat(Johndow.appExpands(dialString, johndow)).isEqualTo("+15551231234,,1234#12345678#");
  }

  @Test
  void pathFormExample_withCredit_answersTheSameDialString() {
    Johndow.create(accounts, "10");

    RawHttp.Answer answer = RawHttp.send(server, GET_PATH);

    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.body()).contains(
        "<dialString>+15551231234,,%account[x-cth-pin]%#12345678#</dialString>");
  }
}
