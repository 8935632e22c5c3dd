package dev.switchboard.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code http_server_requests_seconds} by route ({@code uri}), {@code method}, {@code status} and
 * {@code exception}: the series Micronaut's web metrics binder records, under the same name and
 * tags, which Switchboard switches off ({@code micronaut.metrics.binders.web.enabled: false}).
 *
 * <p>The binder builds four tags, converts request attributes and looks the timer up in the
 * registry on every request: about a tenth of the time of a call-through answer from memory.
 * Here each route's template is read once and each timer is registered once, then found by a
 * record key.
 */
// Exactly "/**": the router then runs it for every request without matching a pattern.
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(property = "micronaut.metrics.enabled", notEquals = StringUtils.FALSE)
final class HttpRequestMetrics implements Ordered {
  private static final String START = HttpRequestMetrics.class.getName() + ".start";
  private final Meters meters;
  private final Map<UriRouteInfo<?, ?>, String> templates = new ConcurrentHashMap<>();
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  HttpRequestMetrics(BeanProvider<MeterRegistry> registry) {
    this.meters = new Meters(registry);
  }

  /** First in, last out: the time covers the other filters (authentication) too. */
  @Override
  public int getOrder() {
    return HIGHEST_PRECEDENCE;
  }

  @RequestFilter
  void start(HttpRequest<?> request) {
    request.setAttribute(START, System.nanoTime());
  }

  @ResponseFilter
  void stop(HttpRequest<?> request, HttpResponse<?> response) {
    Object start = request.getAttribute(START).orElse(null);
    if (!(start instanceof Long started)) {
      return;
    }
    int status = response.code();
    Key key = new Key(uri(request, status), request.getMethodName(), status,
        status >= 400 ? exception(response) : "none");
    Timer timer = timers.get(key);
    if (timer == null) {
      timer = timers.computeIfAbsent(key, this::register);
    }
    timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
  }

  /** The route's template without a trailing slash; the binder's names for the rest. */
  private String uri(HttpRequest<?> request, int status) {
    if (status >= 300 && status < 400) {
      return "REDIRECTION";
    }
    Object route = request.getAttribute(HttpAttributes.ROUTE_MATCH).orElse(null);
    if (route instanceof RouteMatch<?> match
        && match.getRouteInfo() instanceof UriRouteInfo<?, ?> info) {
      String known = templates.get(info);
      return known != null ? known : templates.computeIfAbsent(info, HttpRequestMetrics::template);
    }
    return status == 404 ? "NOT_FOUND" : "UNMATCHED_URI";
  }

  private static String template(UriRouteInfo<?, ?> info) {
    String path = info.getUriMatchTemplate().toPathString();
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path.isEmpty() ? "root" : path;
  }

  private static String exception(HttpResponse<?> response) {
    Object thrown = response.getAttribute(HttpAttributes.EXCEPTION).orElse(null);
    return thrown instanceof Throwable t ? t.getClass().getSimpleName() : "none";
  }

  private Timer register(Key key) {
    return Timer.builder(MetricNames.HTTP_SERVER_REQUESTS)
        .tags("uri", key.uri(), "method", key.method(), "status", Integer.toString(key.status()),
            "exception", key.exception())
        .register(meters.registry());
  }

  private record Key(String uri, String method, int status, String exception) {}
}
