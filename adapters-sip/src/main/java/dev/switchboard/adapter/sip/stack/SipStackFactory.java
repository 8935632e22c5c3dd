package dev.switchboard.adapter.sip.stack;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import java.util.List;
import java.util.Optional;

/**
 * Creates the {@link SipEndpoint} with the application context (eagerly, so the SIP ports are
 * open when the service is) and stops it with the context. Settings: {@code switchboard.sip.*}
 * (listen-address, port, advertised-host, threads, max-message-bytes); {@code
 * switchboard.sip.enabled=false} runs without SIP.
 */
@Factory
@Requires(property = "switchboard.sip.enabled", notEquals = "false")
public class SipStackFactory {

  @Context
  @Bean(preDestroy = "stop")
  SipEndpoint sipEndpoint(
      @Value("${switchboard.sip.listen-address:127.0.0.1}") String listenAddress,
      @Value("${switchboard.sip.port:5060}") int port,
      @Value("${switchboard.sip.advertised-host:}") String advertisedHost,
      @Value("${switchboard.sip.threads:16}") int threads,
      @Value("${switchboard.sip.max-message-bytes:65536}") int maxMessageBytes,
      List<InboundInviteHandler> handlers) {
    SipEndpoint endpoint = new SipEndpoint(new SipEndpointSettings(listenAddress, port,
        Optional.of(advertisedHost).filter(h -> !h.isBlank()), threads, maxMessageBytes),
        handlers);
    endpoint.start();
    return endpoint;
  }
}
