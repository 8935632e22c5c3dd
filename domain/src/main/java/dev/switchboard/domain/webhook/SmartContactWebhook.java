package dev.switchboard.domain.webhook;

import dev.switchboard.domain.tenant.CloudId;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how one app (Cloud ID) is told about new smart contacts: URL, body template (with
 * its content type), optional signing secret and the most interested parties per request.
 */
public record SmartContactWebhook(CloudId cloudId, URI url, SmartContactTemplate template,
    Optional<WebhookSecret> secret, int batchSize) {
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  public SmartContactWebhook {
    Objects.requireNonNull(cloudId, "'cloudId' must not be null");
    Objects.requireNonNull(url, "'url' must not be null");
    Objects.requireNonNull(template, "'template' must not be null");
    Objects.requireNonNull(secret, "'secret' must not be null");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
      throw new IllegalArgumentException("Notification URL '" + url
          + "' must be an absolute http(s) URL");
    }
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("Batch size " + batchSize + " is not within 1..100000");
    }
  }

  public PayloadFormat format() {
    return template.format();
  }
}
