package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.account.SetCreditCommand;
import dev.switchboard.application.port.in.account.SetCreditUseCase;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin credit set}. */
@Command(name = "credit", mixinStandardHelpOptions = true, description = "Set credit balances.")
final class CreditCommand {
  private final CliSession session;

  CreditCommand(CliSession session) {
    this.session = session;
  }

  @Command(name = "set", mixinStandardHelpOptions = true,
      description = "Set an account's credit balance, e.g. --amount 12.50.")
  int set(@Option(names = "--username", required = true, description = "SIP username") String username,
      @Option(names = "--amount", required = true, description = "decimal amount") String amount) {
    session.printJson(AccountView.of(session.bean(SetCreditUseCase.class).setCredit(
        new SetCreditCommand(new SipUsername(username), Credit.of(amount))), "updated"));
    return ExitCodes.OK;
  }
}
