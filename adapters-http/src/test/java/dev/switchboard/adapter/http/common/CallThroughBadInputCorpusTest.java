package dev.switchboard.adapter.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.adapter.http.support.Reply;
import dev.switchboard.adapter.http.support.Wire;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared bad-input corpus plus path-form cases against {@code /callthrough}: 4xx with a
 * message, never a 5xx. Two corpus cases are valid call-through input (a target without '+', a
 * +1555 target: call-through takes digit strings, see SERVICES.md) and must answer 200.
 */
@MicronautTest(transactional = false)
class CallThroughBadInputCorpusTest {
  private static final Set<String> VALID_FOR_CALL_THROUGH =
      Set.of("number without plus", "invalid +1555 number");
  @Inject EmbeddedServer server;
  @Inject InMemoryAccounts accounts;
  private String username;

  @BeforeEach
  void anAccountWithCredit() {
    Account account = AccountFixtures.aVerifiedAccount(AccountFixtures.aNumber(), "s");
    account.setCredit(Credit.of("10"));
    username = accounts.addIfAbsent(account).username().value();
  }

  static Stream<BadInputs.Case> corpus() {
    return BadInputs.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void givenBadInput_callThrough_answers4xxWithMessage(BadInputs.Case badInput) {
    BadInputs.Endpoint endpoint = new BadInputs.Endpoint("/callthrough", "targetNumber",
        "&username=" + username, ",\"username\":\"" + username + "\"",
        "<username>" + username + "</username>", "response");

    Reply reply = badInput.send(new Wire(server), endpoint);

    if (VALID_FOR_CALL_THROUGH.contains(badInput.name())) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      return;
    }
    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    assertThat(reply.contentType()).isEqualTo("application/xml");
    assertThat(Reply.child(reply.xml(), "message")).isNotBlank();
    assertThat(reply.body()).doesNotContain("Exception", "\tat ", "root:x:0:0");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  void givenBadPath_callThrough_answers4xx(String path) {
    Reply reply = new Wire(server).get(path);

    assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
    assertThat(reply.body()).doesNotContain("Exception", "\tat ");
  }

  static Stream<String> paths() {
    return Stream.of("/callthrough/johndow/%00", "/callthrough/%00/123",
        "/callthrough/" + "a".repeat(300) + "/123", "/callthrough/johndow/" + "1".repeat(300),
        "/callthrough/john%20dow/123", "/callthrough/johndow/12%2F34",
        "/callthrough/johndow/%E2%80%AE123", "/callthrough/a/b/c", "/callthrough/johndow/",
        "/callthrough/%3Cscript%3E/1", "/callthrough/johndow/1;2");
  }
}
