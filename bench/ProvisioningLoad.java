import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the verify + provision round trip (run with `java ProvisioningLoad.java`).
 * One round trip = GET /verify_number for a fresh number, GET /admin/dev/sms for its PIN,
 * POST /provisioning with the PIN. Prints one line: round trips/s, p50 and p99 in ms, errors.
 *
 * Arguments: baseUrl adminToken threads seconds warmupSeconds firstNumber
 */
public final class ProvisioningLoad {
  private static final Pattern PIN = Pattern.compile("\"pin\"\\s*:\\s*\"([0-9]{6})\"");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String token = args[1];
    int threads = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmup = Integer.parseInt(args[4]);
    AtomicLong next = new AtomicLong(Long.parseLong(args[5]));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(2)).build();
    long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
    long end = warmEnd + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<long[]>> results = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    for (int t = 0; t < threads; t++) {
      results.add(pool.submit(() -> {
        long[] lat = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < end) {
          long start = System.nanoTime();
          boolean ok = roundTrip(http, base, token, "+1202" + next.getAndIncrement());
          long done = System.nanoTime();
          if (start >= warmEnd && done <= end) {
            if (!ok) {
              errors.incrementAndGet();
            } else if (n < lat.length) {
              lat[n++] = done - start;
            }
          }
        }
        return Arrays.copyOf(lat, n);
      }));
    }
    List<Long> all = new ArrayList<>();
    for (Future<long[]> f : results) {
      for (long l : f.get()) {
        all.add(l);
      }
    }
    pool.shutdownNow();
    all.sort(Long::compare);
    double rate = all.size() / (double) seconds;
    System.out.printf("roundtrips_per_s=%.1f p50_ms=%.2f p99_ms=%.2f completed=%d errors=%d%n",
        rate, pct(all, 0.50), pct(all, 0.99), all.size(), errors.get());
    System.exit(0);
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
  }

  private static boolean roundTrip(HttpClient http, String base, String token, String number) {
    try {
      String n = URLEncoder.encode(number, StandardCharsets.UTF_8);
      HttpResponse<String> verify = http.send(HttpRequest.newBuilder(
          URI.create(base + "/verify_number?number=" + n)).GET().build(), HttpResponse.BodyHandlers.ofString());
      if (verify.statusCode() != 200) {
        return false;
      }
      HttpResponse<String> sms = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/dev/sms?number=" + n))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
      Matcher m = PIN.matcher(sms.body());
      if (sms.statusCode() != 200 || !m.find()) {
        return false;
      }
      String form = "cloud_id=DEMO&cloud_username=" + n + "&cloud_password=" + m.group(1);
      HttpResponse<String> prov = http.send(HttpRequest.newBuilder(URI.create(base + "/provisioning"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
      return prov.statusCode() == 200 && prov.body().contains("<cloud_password>");
    } catch (Exception e) {
      return false;
    }
  }
}
