package dev.switchboard.adapter.http.common;

import dev.switchboard.application.port.out.sms.SmsDeliveryException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every exception a controller raises into the error body of its path, via the
 * {@link HttpErrorTable}. Infrastructure and unexpected failures are logged here, once.
 */
@Singleton
public final class WireExceptionHandler implements ExceptionHandler<Exception, HttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(WireExceptionHandler.class);
  private final WireWriter writer;

  public WireExceptionHandler(WireWriter writer) {
    this.writer = writer;
  }

  @Override
  public HttpResponse<?> handle(HttpRequest request, Exception exception) {
    HttpError error = HttpErrorTable.map(exception);
    int code = error.status().getCode();
    if (exception instanceof SmsDeliveryException) {
      LOG.warn("SMS delivery failed on {} {}", request.getMethodName(), request.getPath(),
          exception);
    } else if (exception instanceof UnavailableException) {
      // The detail names the failing service and why; it never carries user input or secrets.
      LOG.warn("Dependency unavailable on {} {}: {}", request.getMethodName(), request.getPath(),
          exception.getMessage());
    } else if (code >= 500) {
      LOG.error("Unexpected failure on {} {}", request.getMethodName(), request.getPath(),
          exception);
    } else {
      LOG.debug("{} {} answered {}: {}", request.getMethodName(), request.getPath(), code,
          error.message());
    }
    return writer.error(request, error);
  }
}
