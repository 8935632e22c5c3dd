package dev.switchboard.adapter.sip.stack;

import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the {@link SipEndpoint}.
 *
 * @param listenAddress the local IP address to bind (e.g. {@code 127.0.0.1}, {@code 0.0.0.0})
 * @param port the UDP and TCP port; 0 picks a free one (tests)
 * @param advertisedHost host written into Via/Contact (when listening on 0.0.0.0 or behind
 *     NAT); empty uses {@code listenAddress}
 * @param threadPoolSize listener threads of the stack
 * @param maxMessageBytes largest accepted TCP message
 */
public record SipEndpointSettings(String listenAddress, int port, Optional<String> advertisedHost,
    int threadPoolSize, int maxMessageBytes) {

  public SipEndpointSettings {
    Objects.requireNonNull(listenAddress, "'listenAddress' must not be null");
    Objects.requireNonNull(advertisedHost, "'advertisedHost' must not be null");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SIP port " + port + " is out of range");
    }
    if (threadPoolSize < 1 || maxMessageBytes < 1024) {
      throw new IllegalArgumentException("threadPoolSize >= 1 and maxMessageBytes >= 1024");
    }
  }

  /** Loopback, a free port: for tests. */
  public static SipEndpointSettings loopback() {
    return new SipEndpointSettings("127.0.0.1", 0, Optional.empty(), 8, 65536);
  }
}
