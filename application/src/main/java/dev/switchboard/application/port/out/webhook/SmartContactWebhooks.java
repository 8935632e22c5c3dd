package dev.switchboard.application.port.out.webhook;

import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.SmartContactWebhook;
import java.util.Optional;

/** Driven port for the configured new-smart-contact webhook of each app. */
public interface SmartContactWebhooks {

  Optional<SmartContactWebhook> find(CloudId cloudId);
}
