package dev.switchboard.bootstrap.health;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/** {@code /health} detail {@code sip}: UP while the SIP stack listens, with where and how busy. */
@Singleton
@Requires(beans = SipEndpoint.class)
final class SipHealthIndicator implements HealthIndicator {
  private final SipEndpoint endpoint;

  SipHealthIndicator(SipEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public Publisher<HealthResult> getResult() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("address", endpoint.host() + ":" + endpoint.port());
    details.put("transports", "udp,tcp");
    details.put("dialogs", endpoint.boundCallIds());
    return Publishers.just(HealthResult.builder("sip", endpoint.isRunning() ? HealthStatus.UP
        : HealthStatus.DOWN).details(details).build());
  }
}
