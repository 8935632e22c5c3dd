package dev.switchboard.bootstrap.cli;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code admin housekeeping run}: one retention purge now, with the service's retention settings
 * ({@code switchboard.housekeeping.*}); prints the rows deleted per kind.
 */
@Command(name = "housekeeping", mixinStandardHelpOptions = true,
    description = "Retention: delete records nobody needs any more (see docs/OPERATIONS.md).")
final class HousekeepingCommand {
  private final CliSession session;

  HousekeepingCommand(CliSession session) {
    this.session = session;
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run one purge now (the service also runs it every "
          + "switchboard.housekeeping.interval) and print the rows deleted per kind.")
  int run() {
    PurgeReport report = session.bean(PurgeExpiredRecordsUseCase.class).purge();
    session.printJson(json(report));
    return ExitCodes.OK;
  }

  /** {@code {"status":"done","complete":true,"total":n,"purged":{"delivered_webhooks":n,…}}}. */
  static Map<String, Object> json(PurgeReport report) {
    Map<String, Object> purged = new LinkedHashMap<>();
    for (RecordKind kind : RecordKind.values()) {
      purged.put(kind.label(), report.count(kind));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("status", "done");
    result.put("complete", report.complete());
    result.put("total", report.total());
    result.put("purged", purged);
    return result;
  }
}
