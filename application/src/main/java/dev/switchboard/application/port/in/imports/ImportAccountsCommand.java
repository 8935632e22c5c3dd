package dev.switchboard.application.port.in.imports;

import java.util.List;

/** Command: open all these accounts, or none of them. */
public record ImportAccountsCommand(List<AccountLine> accounts) {
  public ImportAccountsCommand {
    accounts = List.copyOf(accounts);
  }
}
