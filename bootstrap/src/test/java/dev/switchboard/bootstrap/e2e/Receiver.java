package dev.switchboard.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSession;

/** A provider's webhook receiver on a free loopback port: answers 204 and keeps the bodies. */
final class Receiver implements AutoCloseable {
  private final HttpServer server;
  private final BlockingQueue<String> bodies = new LinkedBlockingQueue<>();

  private Receiver(HttpServer server) {
    this.server = server;
  }

  static Receiver start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    Receiver receiver = new Receiver(server);
    server.createContext("/hook", exchange -> {
      receiver.bodies.add(new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    return receiver;
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  String await(int seconds) throws InterruptedException {
    String body = bodies.poll(seconds, TimeUnit.SECONDS);
    if (body == null) {
      throw new AssertionError("No notification reached " + url() + " in " + seconds + " s");
    }
    return body;
  }

  /** What the receiver answered, as a response the exercise loop can check. */
  HttpResponse<String> lastAnswer() {
    return new HttpResponse<>() {
      public int statusCode() { return 204; }
      public HttpRequest request() { return HttpRequest.newBuilder(URI.create(url())).build(); }
      public Optional<HttpResponse<String>> previousResponse() { return Optional.empty(); }
      public HttpHeaders headers() { return HttpHeaders.of(java.util.Map.of(), (a, b) -> true); }
      public String body() { return ""; }
      public Optional<SSLSession> sslSession() { return Optional.empty(); }
      public URI uri() { return URI.create(url()); }
      public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    };
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
