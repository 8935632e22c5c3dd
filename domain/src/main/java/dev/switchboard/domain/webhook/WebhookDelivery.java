package dev.switchboard.domain.webhook;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.util.Optional;

/** One delivery of a notification as the operator sees it (without the body). */
public record WebhookDelivery(long id, String webhookId, CloudId cloudId, PhoneNumber number,
    int parties, DeliveryStatus status, int attempts, Instant createdAt, Instant nextAttemptAt,
    Optional<Instant> lastAttemptAt, int lastStatusCode, String lastError) {}
