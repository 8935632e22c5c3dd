package dev.switchboard.adapter.http.common;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;

/**
 * The caller's address for per-client limits: the peer address of the connection, unless
 * {@code micronaut.server.client-address-header} names the header a trusted reverse proxy sets.
 * {@code Forwarded}/{@code X-Forwarded-For} from clients are never trusted on their own (a
 * client could dodge its limits with a new fake address per request).
 */
@Singleton
public final class ClientAddress {
  private final String proxyHeader;

  public ClientAddress(@Value("${micronaut.server.client-address-header:}") String proxyHeader) {
    this.proxyHeader = proxyHeader.strip();
  }

  public String of(HttpRequest<?> request) {
    if (!proxyHeader.isEmpty()) {
      String value = request.getHeaders().get(proxyHeader);
      if (value != null && !value.isBlank()) {
        // The last entry is the one the trusted proxy added; earlier ones come from the client.
        String[] hops = value.split(",");
        return LogSafe.value(hops[hops.length - 1].strip());
      }
    }
    InetSocketAddress peer = request.getRemoteAddress();
    return peer == null || peer.getAddress() == null ? "unknown"
        : peer.getAddress().getHostAddress();
  }
}
