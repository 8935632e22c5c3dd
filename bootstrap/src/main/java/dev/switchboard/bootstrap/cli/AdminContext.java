package dev.switchboard.bootstrap.cli;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;

/**
 * The service's beans for admin commands, started on first use with the same configuration as the
 * service (application.yml, environment variables, system properties) but without the HTTP
 * server. Flyway brings the schema up to date as at a service start. The context runs in the
 * {@code cli} environment: background workers (schedulers, SIP listeners, webhook senders) should
 * be {@code @Requires(notEnv = AdminContext.ENVIRONMENT)} so that a command never starts them.
 */
public final class AdminContext implements AutoCloseable {
  /** The Micronaut environment of admin commands. */
  public static final String ENVIRONMENT = "cli";
  private final Map<String, Object> properties;
  private ApplicationContext context;

  AdminContext(Map<String, Object> properties) {
    this.properties = new HashMap<>();
    // A command must not open SIP ports (the running service holds them) nor deliver webhooks.
    this.properties.put("switchboard.sip.enabled", "false");
    this.properties.put("switchboard.webhooks.worker-enabled", "false");
    this.properties.putAll(properties);
  }

  <T> T bean(Class<T> type) {
    if (context == null) {
      context = ApplicationContext.builder().environments(ENVIRONMENT).properties(properties)
          .start();
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
