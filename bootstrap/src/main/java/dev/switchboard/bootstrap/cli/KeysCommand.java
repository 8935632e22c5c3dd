package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.account.SetAccountKeyCommand;
import dev.switchboard.application.port.in.account.SetAccountKeyUseCase;
import dev.switchboard.domain.account.AccountKey;
import dev.switchboard.domain.account.SipUsername;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin keys set|remove}: custom Account XML keys such as {@code x-cth-pin}. */
@Command(name = "keys", mixinStandardHelpOptions = true,
    description = "Set or remove custom Account XML keys (x-cth-pin, callbackNumber, …).")
final class KeysCommand {
  private final CliSession session;

  KeysCommand(CliSession session) {
    this.session = session;
  }

  @Command(name = "set", mixinStandardHelpOptions = true, description = "Set a key's value.")
  int set(@Option(names = "--username", required = true, description = "SIP username") String username,
      @Option(names = "--key", required = true, description = "key name") String key,
      @Option(names = "--value", required = true, description = "value") String value) {
    return apply(username, key, Optional.of(value));
  }

  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a key.")
  int remove(@Option(names = "--username", required = true, description = "SIP username") String username,
      @Option(names = "--key", required = true, description = "key name") String key) {
    return apply(username, key, Optional.empty());
  }

  private int apply(String username, String key, Optional<String> value) {
    session.printJson(AccountView.of(session.bean(SetAccountKeyUseCase.class).setKey(
        new SetAccountKeyCommand(new SipUsername(username), new AccountKey(key), value)),
        "updated"));
    return ExitCodes.OK;
  }
}
