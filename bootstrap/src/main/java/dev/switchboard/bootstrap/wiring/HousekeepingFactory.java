package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.housekeeping.PurgeExpiredRecordsUseCase;
import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.application.service.housekeeping.PurgeExpiredRecordsService;
import dev.switchboard.bootstrap.config.HousekeepingProperties;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Housekeeping: the retention purge (run by {@link HousekeepingJob}, the CLI and the admin API). */
@Factory
public class HousekeepingFactory {

  @Singleton
  PurgeExpiredRecordsUseCase purgeExpiredRecords(ExpiredRecords records, Clock clock,
      HousekeepingProperties properties) {
    return new PurgeExpiredRecordsService(records, clock, properties.toPolicy());
  }
}
