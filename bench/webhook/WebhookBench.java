import com.sun.net.httpserver.HttpServer;
import dev.switchboard.application.port.in.smart.BecomeSmartCommand;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.AddressBook;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.ContactEntry;
import dev.switchboard.domain.contact.DeviceId;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Webhook benchmark: (1) fan-out: one new smart number held by FANOUT books, batch size 1, so
 * one event makes FANOUT deliveries; rate = deliveries / (last arrival - becomeSmart call). The
 * baseline posts the same bodies to the same receiver with a plain JDK HttpClient loop (one
 * thread, then WORKER_THREADS threads). (2) latency: LATENCY_EVENTS single-party events one after
 * another; time from the becomeSmart call to the receiver's arrival.
 */
public final class WebhookBench {
  static final CloudId CLOUD = new CloudId("DEMO");
  static final Map<String, Long> FIRST_ARRIVAL = new ConcurrentHashMap<>();
  static final ConcurrentLinkedQueue<String> BODIES = new ConcurrentLinkedQueue<>();
  static final AtomicInteger HOOK_COUNT = new AtomicInteger();
  static final AtomicInteger BASE_COUNT = new AtomicInteger();

  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("rounds", 3);
    int fanout = Integer.getInteger("fanout", 2000);
    int latencyEvents = Integer.getInteger("latencyEvents", 200);
    int threads = Integer.getInteger("workerThreads", 8);
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
    receiver.setExecutor(Executors.newFixedThreadPool(16));
    receiver.createContext("/hook", ex -> {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      long now = System.nanoTime();
      String number = number(body);
      FIRST_ARRIVAL.putIfAbsent(number, now);
      BODIES.add(body);
      HOOK_COUNT.incrementAndGet();
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.createContext("/baseline", ex -> {
      try (InputStream in = ex.getRequestBody()) {
        in.readAllBytes();
      }
      BASE_COUNT.incrementAndGet();
      ex.sendResponseHeaders(204, -1);
      ex.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort();
    Path data = Files.createTempDirectory("webhook-bench");
    Map<String, Object> p = new HashMap<>();
    p.put("micronaut.server.port", -1);
    p.put("switchboard.data-dir", data.toString());
    p.put("switchboard.apps.demo.cloud-id", "DEMO");
    p.put("switchboard.apps.demo.sip-domain", "sip.switchboard.test");
    p.put("switchboard.apps.demo.smart-contact-notification-url", url + "/hook");
    p.put("switchboard.apps.demo.smart-contact-notification-post-data",
        "{ \"newSmartNumber\" : \"%new_smart_number%\", \"networkId\" : \"%network_id%\", "
            + "\"newSmartUri\" : \"%new_smart_uri%\", \"interestedParties\" : "
            + "\"%interestedParties%\" }");
    p.put("switchboard.apps.demo.smart-contact-notification-content-type", "application/json");
    p.put("switchboard.apps.demo.smart-contact-notification-secret",
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    p.put("switchboard.apps.demo.smart-contact-notification-batch-size", 1);
    p.put("switchboard.webhooks.concurrency", threads);
    String pg = System.getenv("BENCH_POSTGRES_URL");
    if (pg != null && !pg.isBlank()) {
      p.put("datasources.default.url", pg);
      p.put("datasources.default.username", "switchboard");
      p.put("datasources.default.password", "switchboard");
    }
    String db = pg == null || pg.isBlank() ? "H2 (embedded file)" : "PostgreSQL";
    try (ApplicationContext ctx = ApplicationContext.run(p)) {
      AddressBooks books = ctx.getBean(AddressBooks.class);
      BecomeSmartUseCase smart = ctx.getBean(BecomeSmartUseCase.class);
      long seed = System.nanoTime() % 1_000_000;
      // Warm-up + rounds share the books: every book holds one number per round.
      int totalRounds = rounds + 1;
      List<PhoneNumber> roundNumbers = new ArrayList<>();
      for (int r = 0; r < totalRounds; r++) {
        roundNumbers.add(PhoneNumber.parseE164("+1202555" + (1000 + (seed * 7 + r) % 9000)));
      }
      long loadStart = System.nanoTime();
      for (int i = 0; i < fanout; i++) {
        List<ContactEntry> entries = new ArrayList<>();
        for (int r = 0; r < totalRounds; r++) {
          entries.add(new ContactEntry("tel:" + r, "mobile", "tel", roundNumbers.get(r).e164()));
        }
        AddressBook book = new AddressBook(List.of(new Contact("c", "Friend", "F", "L", "", "",
            entries, Map.of())));
        books.replace(new BookOwner(CLOUD, new SipUsername("holder" + i), new DeviceId("dev-" + i)),
            book, book.numberedEntries("US"), Instant.now());
      }
      System.out.printf("database=%s fanout=%d rounds=%d (+1 warm-up) worker-concurrency=%d%n",
          db, fanout, rounds, threads);
      System.out.printf("loaded %d books in %.1f s%n", fanout, (System.nanoTime() - loadStart) / 1e9);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Double> ours = new ArrayList<>();
      List<Double> loop1 = new ArrayList<>();
      List<Double> loopN = new ArrayList<>();
      for (int r = 0; r < totalRounds; r++) {
        PhoneNumber n = roundNumbers.get(r);
        BODIES.clear();
        int before = HOOK_COUNT.get();
        long start = System.nanoTime();
        smart.becomeSmart(new BecomeSmartCommand(principal(n, "smart" + r), sipUri("smart" + r)));
        long deadline = System.currentTimeMillis() + 600_000;
        while (HOOK_COUNT.get() - before < fanout && System.currentTimeMillis() < deadline) {
          Thread.sleep(2);
        }
        double ourRate = fanout / ((System.nanoTime() - start) / 1e9);
        List<String> bodies = new ArrayList<>(BODIES);
        double single = baseline(client, url, bodies, 1);
        double multi = baseline(client, url, bodies, threads);
        String label = r == 0 ? "warm-up" : "round " + r;
        System.out.printf("%s: switchboard fan-out %.0f deliveries/s | plain loop 1 thread %.0f/s"
            + " (ratio %.2f) | plain loop %d threads %.0f/s (ratio %.2f)%n", label, ourRate,
            single, ourRate / single, threads, multi, ourRate / multi);
        if (r > 0) {
          ours.add(ourRate);
          loop1.add(single);
          loopN.add(multi);
        }
      }
      List<Double> latencies = new ArrayList<>();
      for (int i = 0; i < latencyEvents + 20; i++) {
        PhoneNumber n = PhoneNumber.parseE164("+1303555" + (1000 + (seed * 13 + i) % 9000));
        AddressBook book = new AddressBook(List.of(new Contact("c", "Friend", "F", "L", "", "",
            List.of(new ContactEntry("tel:0", "mobile", "tel", n.e164())), Map.of())));
        books.replace(new BookOwner(CLOUD, new SipUsername("lat" + i), new DeviceId("phone")),
            book, book.numberedEntries("US"), Instant.now());
        long start = System.nanoTime();
        smart.becomeSmart(new BecomeSmartCommand(principal(n, "late" + i), sipUri("late" + i)));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!FIRST_ARRIVAL.containsKey(n.e164()) && System.currentTimeMillis() < deadline) {
          java.util.concurrent.locks.LockSupport.parkNanos(100_000);
        }
        Long arrived = FIRST_ARRIVAL.get(n.e164());
        if (i >= 20 && arrived != null) {
          latencies.add((arrived - start) / 1e6);
        }
      }
      Collections.sort(latencies);
      System.out.printf("MEDIAN fan-out: switchboard %.0f deliveries/s, plain loop 1 thread %.0f/s"
          + " -> ratio %.2f (target >= 0.5); plain loop %d threads %.0f/s -> ratio %.2f%n",
          median(ours), median(loop1), median(ours) / median(loop1), threads, median(loopN),
          median(ours) / median(loopN));
      System.out.printf("LATENCY smart entry created -> first delivery (%d events after 20"
          + " warm-up): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", latencies.size(),
          pct(latencies, 50), pct(latencies, 90), pct(latencies, 99));
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    } finally {
      receiver.stop(0);
    }
    System.exit(0);
  }

  static double baseline(HttpClient client, String url, List<String> bodies, int threads)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> ts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(() -> {
        int i;
        while ((i = next.getAndIncrement()) < bodies.size()) {
          try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + "/baseline"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i))).build();
            client.send(req, HttpResponse.BodyHandlers.discarding());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }
      });
      th.start();
      ts.add(th);
    }
    for (Thread th : ts) {
      th.join();
    }
    return bodies.size() / ((System.nanoTime() - start) / 1e9);
  }

  static Principal principal(PhoneNumber n, String user) {
    return new Principal(CLOUD, new NetworkId("DEMO"), new SipUsername(user), List.of(n),
        sipUri(user));
  }

  static SipUri sipUri(String user) {
    return SipUri.parse(user + "@sip.switchboard.test");
  }

  static String number(String body) {
    String key = "\"newSmartNumber\" : \"";
    int i = body.indexOf(key);
    return i < 0 ? "" : body.substring(i + key.length(), body.indexOf('"', i + key.length()));
  }

  static double median(List<Double> v) {
    List<Double> s = new ArrayList<>(v);
    Collections.sort(s);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }

  static double pct(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }
}
