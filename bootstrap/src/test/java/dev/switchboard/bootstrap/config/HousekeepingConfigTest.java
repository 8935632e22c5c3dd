package dev.switchboard.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.service.housekeeping.RetentionPolicy;
import dev.switchboard.bootstrap.wiring.HousekeepingJob;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retention settings as an operator writes them, and the job's on/off switch. */
class HousekeepingConfigTest {
  @TempDir
  Path dataDir;

  private ApplicationContext run(Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("switchboard.data-dir", dataDir.toString());
    props.put("switchboard.sip.enabled", "false");
    props.put("switchboard.webhooks.worker-enabled", "false");
    props.putAll(extra);
    return ApplicationContext.run(props);
  }

  @Test
  void defaults_areTheDocumentedOnes_andTheJobRuns() {
    try (ApplicationContext context = run(Map.of())) {
      assertThat(context.getBean(HousekeepingProperties.class).toPolicy())
          .isEqualTo(RetentionPolicy.DEFAULT);
      assertThat(context.containsBean(HousekeepingJob.class)).isTrue();
    }
  }

  @Test
  void durationsInDays_andTheSwitch_areRead() {
    try (ApplicationContext context = run(Map.of(
        "switchboard.housekeeping.enabled", "false",
        "switchboard.housekeeping.delivered-webhooks", "3d",
        "switchboard.housekeeping.failed-webhooks", "60d",
        "switchboard.housekeeping.call-records", "365d",
        "switchboard.housekeeping.expired-margin", "2h",
        "switchboard.housekeeping.reservations", "30m",
        "switchboard.housekeeping.batch-size", "500",
        "switchboard.housekeeping.max-batches", "7"))) {
      assertThat(context.getBean(HousekeepingProperties.class).toPolicy()).isEqualTo(
          new RetentionPolicy(Duration.ofDays(3), Duration.ofDays(60), Duration.ofDays(365),
              Duration.ofHours(2), Duration.ofMinutes(30), 500, 7));
      assertThat(context.containsBean(HousekeepingJob.class)).isFalse();
    }
  }

  @Test
  void aNegativeRetention_isRefused() {
    HousekeepingProperties p = new HousekeepingProperties();
    p.setCallRecords(Duration.ofDays(-1));

    assertThatThrownBy(p::toPolicy).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("callRecords");
  }
}
