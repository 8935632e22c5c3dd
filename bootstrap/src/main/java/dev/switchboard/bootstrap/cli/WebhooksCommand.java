package dev.switchboard.bootstrap.cli;

import picocli.CommandLine.Command;

/** {@code admin webhooks replay}: wired once the smart contact notification webhook exists. */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
    description = "Smart contact notification webhook deliveries.")
final class WebhooksCommand {

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = "Re-send failed webhook deliveries (needs the webhook capability).")
  int replay() {
    throw new CliFailure(ExitCodes.NOT_AVAILABLE, "webhooks replay is not available in this "
        + "build: it needs the smart contact notification webhook");
  }
}
