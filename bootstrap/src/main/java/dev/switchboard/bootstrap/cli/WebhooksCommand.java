package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesQuery;
import dev.switchboard.application.port.in.webhook.ListWebhookDeliveriesUseCase;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryCommand;
import dev.switchboard.application.port.in.webhook.ReplayWebhookDeliveryUseCase;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code admin webhooks replay}: puts failed or rejected smart contact notifications back in the
 * queue; the running service's delivery worker sends them (this command sends nothing itself).
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
    description = "Smart contact notification webhook deliveries.")
final class WebhooksCommand {
  private final CliSession session;

  WebhooksCommand(CliSession session) {
    this.session = session;
  }

  /** One delivery by id, or every failed one. */
  static final class Which {
    @Option(names = "--id", required = true, description = "the delivery's id") Long id;

    @Option(names = "--all-failed", required = true,
        description = "every failed delivery (up to 1000)") boolean allFailed;
  }

  @Command(name = "replay", mixinStandardHelpOptions = true,
      description = "Queue failed or rejected deliveries again (--id N, or --all-failed); the "
          + "service's worker sends them.")
  int replay(@ArgGroup(exclusive = true, multiplicity = "1") Which which) {
    ReplayWebhookDeliveryUseCase replay = session.bean(ReplayWebhookDeliveryUseCase.class);
    List<Long> ids = new ArrayList<>();
    if (which.id != null) {
      ids.add(which.id);
    } else {
      session.bean(ListWebhookDeliveriesUseCase.class)
          .list(new ListWebhookDeliveriesQuery(Optional.of(DeliveryStatus.FAILED), 1_000))
          .stream().map(WebhookDelivery::id).forEach(ids::add);
    }
    List<Long> replayed = new ArrayList<>();
    for (long id : ids) {
      if (replay.replay(new ReplayWebhookDeliveryCommand(id))) {
        replayed.add(id);
      } else if (which.id != null) {
        throw new CliFailure(ExitCodes.NOT_FOUND,
            "no failed or rejected webhook delivery with id " + id);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status", "queued");
    result.put("replayed", replayed);
    session.printJson(result);
    return ExitCodes.OK;
  }
}
