package dev.switchboard.adapter.http.extauth;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the provider's External Authentication web service
 * ({@code switchboard.smart-contacts.remote.*}).
 *
 * @param url the service's URL (http or https; https in production: passwords travel in it)
 * @param timeout connect and response timeout
 */
@ConfigurationProperties("switchboard.smart-contacts.remote")
@Requires(property = "switchboard.smart-contacts.credential-source", value = "remote")
public record RemoteAuthSettings(String url, @Bindable(defaultValue = "5s") Duration timeout) {

  public RemoteAuthSettings {
    Objects.requireNonNull(url, "'switchboard.smart-contacts.remote.url' must be set");
    url = url.strip();
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      throw new IllegalArgumentException(
          "switchboard.smart-contacts.remote.url must be an http(s) URL");
    }
    timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "switchboard.smart-contacts.remote.timeout must be positive");
    }
  }
}
