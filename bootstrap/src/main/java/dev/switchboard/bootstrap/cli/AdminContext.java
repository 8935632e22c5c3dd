package dev.switchboard.bootstrap.cli;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's beans for admin commands, started on first use with the same configuration as the
 * service (application.yml, environment variables, system properties) but without the HTTP
 * server. Flyway brings the schema up to date as at a service start.
 */
final class AdminContext implements AutoCloseable {
  private final Map<String, Object> properties;
  private ApplicationContext context;

  AdminContext(Map<String, Object> properties) {
    this.properties = new HashMap<>(properties);
  }

  <T> T bean(Class<T> type) {
    if (context == null) {
      context = ApplicationContext.builder().properties(properties).start();
    }
    return context.getBean(type);
  }

  @Override
  public void close() {
    if (context != null) {
      context.close();
    }
  }
}
