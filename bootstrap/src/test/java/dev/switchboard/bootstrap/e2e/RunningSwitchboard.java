package dev.switchboard.bootstrap.e2e;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The whole service on a random port, driven over real HTTP like the app would. */
final class RunningSwitchboard implements AutoCloseable {
  static final String ADMIN_TOKEN = "e2e-admin-token-0123456789";
  private final EmbeddedServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private RunningSwitchboard(EmbeddedServer server) {
    this.server = server;
  }

  static RunningSwitchboard start(Path dataDir, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put("micronaut.server.port", -1);
    props.put("switchboard.data-dir", dataDir.toString());
    props.put("switchboard.admin.token", ADMIN_TOKEN);
    props.putAll(extra);
    ApplicationContext context = ApplicationContext.run(props);
    return new RunningSwitchboard(context.getBean(EmbeddedServer.class).start());
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postForm(String path, Map<String, String> form) throws IOException, InterruptedException {
    StringBuilder body = new StringBuilder();
    form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("User-Agent", "CloudSoftphone/1.5.6")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(String method, String path, String contentType, String body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The base URL the apps would use, e.g. {@code http://localhost:41234}. */
  String baseUrl() {
    return server.getURL().toString();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }

  /** A bean of the running service (e.g. the SIP endpoint, for its port). */
  <T> T bean(Class<T> type) {
    return server.getApplicationContext().getBean(type);
  }
}
