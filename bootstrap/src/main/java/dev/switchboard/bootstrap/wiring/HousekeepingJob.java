package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import dev.switchboard.bootstrap.cli.AdminContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the retention purge every {@code switchboard.housekeeping.interval} on this instance.
 * Several instances on one database may all run it: the deletes are idempotent and batched.
 */
@Singleton
@Requires(property = "switchboard.housekeeping.enabled", notEquals = "false")
@Requires(notEnv = AdminContext.ENVIRONMENT)
public class HousekeepingJob {
  private static final Logger LOG = LoggerFactory.getLogger(HousekeepingJob.class);
  private final PurgeExpiredRecordsUseCase purge;

  public HousekeepingJob(PurgeExpiredRecordsUseCase purge) {
    this.purge = purge;
  }

  @Scheduled(fixedDelay = "${switchboard.housekeeping.interval:10m}",
      initialDelay = "${switchboard.housekeeping.initial-delay:1m}")
  void run() {
    try {
      PurgeReport report = purge.purge();
      if (report.total() == 0) {
        LOG.debug("Housekeeping: nothing to purge");
        return;
      }
      LOG.info("Housekeeping purged {} rows ({}){}", report.total(), counts(report),
          report.complete() ? "" : "; more left for the next run");
    } catch (RuntimeException e) {
      LOG.warn("Housekeeping run failed, retrying at the next interval: {}", e.toString());
    }
  }

  /** {@code delivered_webhooks=3 failed_webhooks=0 …}, every kind, for log search. */
  static String counts(PurgeReport report) {
    return Stream.of(RecordKind.values()).map(k -> k.label() + "=" + report.count(k))
        .collect(Collectors.joining(" "));
  }
}
