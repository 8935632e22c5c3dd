package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.account.AccountCreation;
import dev.switchboard.application.port.in.account.CreateAccountCommand;
import dev.switchboard.application.port.in.account.CreateAccountUseCase;
import dev.switchboard.application.port.in.account.DeprovisionAccountUseCase;
import dev.switchboard.application.port.in.account.FindAccountQuery;
import dev.switchboard.application.port.in.account.FindAccountUseCase;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code admin accounts create|show|deprovision}. */
@Command(name = "accounts", mixinStandardHelpOptions = true,
    description = "Create, look up and deprovision SIP accounts.")
final class AccountsCommand {
  private final CliSession session;

  AccountsCommand(CliSession session) {
    this.session = session;
  }

  /** Either a SIP username, or a number with its Cloud ID. */
  static final class Which {
    @Option(names = "--username", required = true, description = "SIP username (u…)")
    String username;

    @ArgGroup(exclusive = false)
    ByNumber byNumber;

    FindAccountQuery query() {
      return username != null
          ? new FindAccountQuery.ByUsername(new SipUsername(username))
          : new FindAccountQuery.ByNumber(CloudId.fromApp(byNumber.cloudId),
              PhoneNumber.parseE164(byNumber.number));
    }
  }

  static final class ByNumber {
    @Option(names = "--number", required = true, description = "E.164 number, e.g. +12025550123")
    String number;

    @Option(names = "--cloud-id", required = true, description = "the app's Cloud ID")
    String cloudId;
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Open the SIP account of a number before the app signs in (exit 5 and the "
          + "existing account when the number has one).")
  int create(
      @Option(names = "--cloud-id", required = true, description = "the app's Cloud ID") String cloudId,
      @Option(names = "--number", required = true, description = "E.164 number") String number,
      @Option(names = "--credit", description = "initial credit (default: the configured one)")
      String credit) {
    CreateAccountCommand command = new CreateAccountCommand(CloudId.fromApp(cloudId),
        PhoneNumber.parseE164(number), Optional.ofNullable(credit).map(Credit::of));
    AccountCreation result = session.bean(CreateAccountUseCase.class).create(command);
    boolean created = result instanceof AccountCreation.Created;
    session.printJson(AccountView.of(result.account(), created ? "created" : "exists"));
    if (!created) {
      session.err().println("switchboard: " + number + " already has an account on "
          + cloudId + ": " + result.account().username().value());
      session.err().flush();
      return ExitCodes.ALREADY_EXISTS;
    }
    return ExitCodes.OK;
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Print an account (by --username, or by --number and --cloud-id) as JSON.")
  int show(@ArgGroup(exclusive = true, multiplicity = "1") Which which) {
    Account account = session.bean(FindAccountUseCase.class).find(which.query());
    session.printJson(AccountView.of(account, null));
    return ExitCodes.OK;
  }

  @Command(name = "deprovision", mixinStandardHelpOptions = true,
      description = "Remove an account with its books, smart entries and tokens; its numbers may "
          + "then be provisioned afresh.")
  int deprovision(@ArgGroup(exclusive = true, multiplicity = "1") Which which) {
    Account account = session.bean(FindAccountUseCase.class).find(which.query());
    session.bean(DeprovisionAccountUseCase.class).deprovision(account.username());
    Map<String, Object> result = new java.util.LinkedHashMap<>();
    result.put("status", "deprovisioned");
    result.put("username", account.username().value());
    session.printJson(result);
    return ExitCodes.OK;
  }
}
