package dev.switchboard.application.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A real HTTP receiver on 127.0.0.1 and an ephemeral port (JDK HttpServer) that records every
 * request and answers what {@link #answer} says (204 by default).
 */
public final class LocalWebhookReceiver implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(16);
  private final List<Received> received = new ArrayList<>();
  private volatile Function<Received, Answer> answer = r -> new Answer(204, Map.of());

  /** What one request carried. */
  public record Received(String method, String path, Map<String, String> headers, String body) {
    public String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** The status and headers to answer with. */
  public record Answer(int status, Map<String, String> headers) {}

  private LocalWebhookReceiver(int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 200);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  public static LocalWebhookReceiver start() throws IOException {
    return new LocalWebhookReceiver(0);
  }

  /** A receiver on a given port (to bring one back up where a stopped one was). */
  public static LocalWebhookReceiver startOn(int port) throws IOException {
    return new LocalWebhookReceiver(port);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port() + path;
  }

  public LocalWebhookReceiver answering(Function<Received, Answer> answer) {
    this.answer = answer;
    return this;
  }

  public LocalWebhookReceiver answering(int status) {
    return answering(r -> new Answer(status, Map.of()));
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** Waits until at least {@code count} requests arrived; returns them. */
  public List<Received> await(int count, long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    synchronized (this) {
      while (received.size() < count) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          break;
        }
        wait(left);
      }
      return List.copyOf(received);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> headers = new java.util.TreeMap<>();
    exchange.getRequestHeaders().forEach((k, v) ->
        headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
    Received r = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
        Map.copyOf(headers), body);
    Answer a = answer.apply(r);
    synchronized (this) {
      received.add(r);
      notifyAll();
    }
    a.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(a.status(), a.status() == 204 ? -1 : 0);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
