import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * (a) of the Smart Contacts benchmark: GET /smart/contacts/{device} for a 1,000-entry book over
 * HTTP, sequentially, warm (unmeasured requests first, 3,000 from run.sh, so the JIT has compiled
 * the path: the app polls this continuously, so steady state is what matters).
 * Run with `java HttpSmartQuery.java baseUrl device token reps [warmup]`.
 * Prints one table row like the other measurements.
 */
public final class HttpSmartQuery {
  public static void main(String[] args) throws Exception {
    String url = args[0] + "/smart/contacts/" + args[1];
    String token = args[2];
    int reps = Integer.parseInt(args[3]);
    int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 1000;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).GET().build();
    long bytes = 0;
    for (int i = 0; i < warmup; i++) {
      bytes = check(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }
    long[] nanos = new long[reps];
    for (int i = 0; i < reps; i++) {
      long start = System.nanoTime();
      check(http.send(request, HttpResponse.BodyHandlers.ofString()));
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "| %-58s | %8.2f | %8.2f | %8.2f | %7d |%n",
        "(a) GET /smart/contacts over HTTP, 1,000-entry book", pct(nanos, 50), pct(nanos, 99),
        nanos[reps - 1] / 1e6, bytes);
  }

  private static long check(HttpResponse<String> r) {
    if (r.statusCode() != 200 || !r.body().contains("smartContacts")) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
    return r.body().length();
  }

  private static double pct(long[] sorted, double p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
