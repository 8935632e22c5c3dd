package dev.switchboard.adapter.http.support;

import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A raw HTTP client against the embedded server: sends exactly what a test writes. */
public final class Wire {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  private final URI base;

  public Wire(EmbeddedServer server) {
    this.base = server.getURI();
  }

  /** GET {@code pathAndQuery} (sent as written: a '+' stays a raw '+'). */
  public Reply get(String pathAndQuery, String... headers) {
    return send("GET", pathAndQuery, null, null, headers);
  }

  public Reply post(String path, String contentType, String body, String... headers) {
    return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  public Reply send(String method, String pathAndQuery, String contentType, byte[] body,
      String... headers) {
    return exchange(method, pathAndQuery, contentType, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(body), headers);
  }

  /** POST without a Content-Length: the body is sent chunked. */
  public Reply sendChunked(String path, String contentType, byte[] body) {
    return sendChunked("POST", path, contentType, body);
  }

  /** {@code method} without a Content-Length: the body is sent chunked. */
  public Reply sendChunked(String method, String path, String contentType, byte[] body,
      String... headers) {
    return exchange(method, path, contentType,
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), headers);
  }

  private Reply exchange(String method, String pathAndQuery, String contentType,
      HttpRequest.BodyPublisher body, String... headers) {
    // Concatenated, not resolved: paths such as "/x/../admin" reach the server as written.
    URI target = URI.create("http://" + base.getAuthority() + pathAndQuery);
    HttpRequest.Builder request = HttpRequest.newBuilder(target)
        .timeout(Duration.ofSeconds(20))
        .method(method, body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
