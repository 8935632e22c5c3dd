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

  /** Web callback requests; tag {@code outcome} (accepted, or the refusal's error code). */
  public static final String CALLBACK_REQUESTS = "switchboard.callback.requests";
  /** Call legs entering a state; tags {@code leg} (destination | callback), {@code state}. */
  public static final String CALL_LEGS = "switchboard.call.legs";
  /** Callbacks entering a state; tag {@code state} (placing | bridged | ended). */
  public static final String CALLS = "switchboard.calls";
  /** Callbacks not yet ended (gauge). */
  public static final String CALLS_LIVE = "switchboard.calls.live";

  /** Webhook delivery attempts; tag {@code outcome} (delivered | retrying | failed | rejected). */
  public static final String WEBHOOK_DELIVERIES = "switchboard.webhook.deliveries";

  /** Call-through dial-string requests; tag {@code outcome} (answered, or the error code). */
  public static final String CALLTHROUGH_REQUESTS = "switchboard.callthrough.requests";
  /**
   * Access-number reservations (pool usage); tag {@code outcome}: reserved | taken (the pair was
   * busy) | routed (a call used it) | unmatched (a call found none).
   */
  public static final String ACCESS_NUMBER_RESERVATIONS = "switchboard.access.numbers";
  /**
   * Call-through calls bridged in b2bua mode, counted when they end; tag {@code outcome}:
   * answered | rejected | cancelled | timeout | failed.
   */
  public static final String CALLTHROUGH_BRIDGED = "switchboard.callthrough.bridged";
  /** Call-through calls bridged in b2bua mode and not yet ended (gauge). */
  public static final String CALLTHROUGH_BRIDGED_LIVE = "switchboard.callthrough.bridged.live";

  /** Rows deleted by housekeeping; tag {@code kind} (delivered_webhooks, call_records, …). */
  public static final String HOUSEKEEPING_PURGED = "switchboard.housekeeping.purged";

  /**
   * HTTP requests by route (timer; Micronaut's name and tags): {@code uri}, {@code method},
   * {@code status}, {@code exception}.
   */
  public static final String HTTP_SERVER_REQUESTS = "http.server.requests";

  private MetricNames() {}
}
