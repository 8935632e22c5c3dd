package dev.switchboard.bootstrap.config;

import dev.switchboard.application.port.out.webhook.SmartContactWebhooks;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.SmartContactTemplate;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import dev.switchboard.domain.webhook.WebhookSecret;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The new-smart-contact webhooks of {@code switchboard.apps.<name>.smart-contact-notification-*},
 * checked at start-up: a bad URL, secret, content type, an unknown placeholder, or a template
 * that does not expand to well-formed JSON/XML stops the start with the property to fix.
 */
public final class ConfiguredWebhooks implements SmartContactWebhooks {
  private final Map<CloudId, SmartContactWebhook> hooks = new LinkedHashMap<>();

  public ConfiguredWebhooks(Collection<AppSettings> settings) {
    for (AppSettings s : settings) {
      if (s.getSmartContactNotificationUrl() != null
          && !s.getSmartContactNotificationUrl().isBlank()) {
        SmartContactWebhook hook = toWebhook(s);
        hooks.put(hook.cloudId(), hook);
      }
    }
  }

  @Override
  public Optional<SmartContactWebhook> find(CloudId cloudId) {
    return Optional.ofNullable(hooks.get(cloudId));
  }

  public List<SmartContactWebhook> all() {
    return List.copyOf(hooks.values());
  }

  static SmartContactWebhook toWebhook(AppSettings s) {
    String where = "switchboard.apps." + s.getName() + ".smart-contact-notification-";
    String property = where + "url";
    try {
      CloudId cloudId = new CloudId(s.getCloudId() == null ? s.getName() : s.getCloudId());
      URI url = URI.create(s.getSmartContactNotificationUrl().strip());
      property = where + "content-type";
      PayloadFormat format = PayloadFormat.fromMediaType(
          Optional.ofNullable(s.getSmartContactNotificationContentType())
              .orElse(PayloadFormat.JSON.mediaType()));
      property = where + "post-data";
      String postData = s.getSmartContactNotificationPostData();
      if (postData == null || postData.isBlank()) {
        throw new IllegalArgumentException("a body template is required with the URL");
      }
      SmartContactTemplate template = SmartContactTemplate.compile(postData, format);
      TemplateCheck.wellFormed(template);
      property = where + "secret";
      Optional<WebhookSecret> secret = Optional.ofNullable(s.getSmartContactNotificationSecret())
          .filter(v -> !v.isBlank()).map(WebhookSecret::parse);
      property = where + "batch-size";
      int batch = Optional.ofNullable(s.getSmartContactNotificationBatchSize())
          .orElse(SmartContactWebhook.DEFAULT_BATCH_SIZE);
      property = where + "url";
      return new SmartContactWebhook(cloudId, url, template, secret, batch);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Invalid webhook configuration " + property + ": "
          + e.getMessage(), e);
    }
  }
}
