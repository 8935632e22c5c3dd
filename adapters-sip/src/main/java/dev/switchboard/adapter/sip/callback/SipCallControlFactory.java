package dev.switchboard.adapter.sip.callback;

import dev.switchboard.adapter.sip.stack.SipEndpoint;
import dev.switchboard.application.port.out.call.CallControl;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The SIP {@link CallControl} for web callback, configured by {@code switchboard.callback.*}
 * (trunk-uri-template, destination-uri-template, callback-uri-template, trunk-transport,
 * trunk-username, trunk-password, no-answer-timeout, max-call-duration).
 */
@Factory
@Requires(beans = SipEndpoint.class)
public class SipCallControlFactory {

  @Singleton
  @Bean(preDestroy = "close")
  JainSipCallControlAdapter sipCallControl(SipEndpoint endpoint,
      @Value("${switchboard.callback.trunk-uri-template:`sip:%number%@127.0.0.1:5070`}") String uri,
      @Value("${switchboard.callback.destination-uri-template:}") String destinationUri,
      @Value("${switchboard.callback.callback-uri-template:}") String callbackUri,
      @Value("${switchboard.callback.trunk-transport:udp}") String transport,
      @Value("${switchboard.callback.trunk-username:}") String username,
      @Value("${switchboard.callback.trunk-password:}") String password,
      @Value("${switchboard.callback.no-answer-timeout:45s}") Duration noAnswer,
      @Value("${switchboard.callback.max-call-duration:4h}") Duration maxDuration) {
    return new JainSipCallControlAdapter(endpoint, new TrunkSettings(uri, present(destinationUri),
        present(callbackUri), transport, present(username), present(password), noAnswer,
        maxDuration));
  }

  private static Optional<String> present(String value) {
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
