package dev.switchboard.adapter.http.common;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * Gives Micronaut's own errors (unknown route, wrong method, unsupported media type, body too
 * large, unreadable JSON, …) a {@code message} in the shape and format of their path. Replaces
 * Micronaut's default processor, so no framework error escapes with another body.
 */
@Singleton
public final class WireErrorResponseProcessor implements ErrorResponseProcessor<String> {
  private static final List<String> METHOD_ORDER =
      List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
  private final WireWriter writer;

  public WireErrorResponseProcessor(WireWriter writer) {
    this.writer = writer;
  }

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<String> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      normaliseAllow(response);
    }
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return (MutableHttpResponse<String>) response;
    }
    String message = HttpErrorTable.forStatus(status, response.getHeaders().get(HttpHeaders.ALLOW));
    return writer.error(context.getRequest(), new HttpError(status, message), response);
  }

  private static void normaliseAllow(MutableHttpResponse<?> response) {
    List<String> methods = response.getHeaders().getAll(HttpHeaders.ALLOW).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(m -> !m.isEmpty())
        .distinct()
        .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
        .toList();
    if (!methods.isEmpty()) {
      response.getHeaders().set(HttpHeaders.ALLOW, String.join(", ", methods));
    }
  }

  private static int rank(String method) {
    int i = METHOD_ORDER.indexOf(method);
    return i < 0 ? METHOD_ORDER.size() : i;
  }
}
