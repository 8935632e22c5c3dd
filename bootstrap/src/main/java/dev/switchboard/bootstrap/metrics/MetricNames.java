package dev.switchboard.bootstrap.metrics;

/**
 * Every Switchboard metric name (Micrometer dots; Prometheus shows {@code _} and a
 * {@code _total} suffix on counters). docs/OPERATIONS.md lists them with their tags.
 */
public final class MetricNames {
  /** Verification SMS the gateway accepted or refused; tag {@code outcome} = sent | refused. */
  public static final String SMS = "switchboard.sms";
  /** Phone number verifier requests; tag {@code outcome}. */
  public static final String PIN_REQUESTS = "switchboard.pin.requests";
  /** Provisioning credential checks; tags {@code credential} (pin | cloud_secret), {@code outcome}. */
  public static final String PIN_CHECKS = "switchboard.pin.checks";
  /** SIP accounts opened by provisioning. */
  public static final String ACCOUNTS_CREATED = "switchboard.accounts.opened";

  private MetricNames() {}
}
