package dev.switchboard.bootstrap.cli;

import picocli.CommandLine.Command;

/** The operator's commands; they use the service's configuration and database. */
@Command(name = "admin", mixinStandardHelpOptions = true,
    description = "Operator commands on the service's database (same configuration as the "
        + "service: application.yml, environment variables, -D system properties).",
    subcommands = {AccountsCommand.class, CreditCommand.class, KeysCommand.class,
        ImportCommand.class, WebhooksCommand.class, HousekeepingCommand.class})
final class AdminCommand {
}
