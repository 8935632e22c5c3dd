package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link WebhookOutbox}; also lets tests read the stored bodies. */
public final class InMemoryWebhookOutbox implements WebhookOutbox {
  private final Map<Long, Row> rows = new LinkedHashMap<>();
  private long nextId = 1;

  @Override
  public synchronized void enqueue(List<NewDelivery> deliveries) {
    for (NewDelivery d : deliveries) {
      Row r = new Row(nextId++, d);
      r.nextAttemptAt = d.createdAt();
      rows.put(r.id, r);
    }
  }

  @Override
  public synchronized List<ClaimedDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
    List<ClaimedDelivery> out = new ArrayList<>();
    rows.values().stream()
        .filter(r -> r.status == DeliveryStatus.PENDING && !r.nextAttemptAt.isAfter(now))
        .sorted(Comparator.comparing((Row r) -> r.nextAttemptAt).thenComparingLong(r -> r.id))
        .limit(limit)
        .forEach(r -> {
          r.attempts++;
          r.nextAttemptAt = leaseUntil;
          out.add(new ClaimedDelivery(r.id, r.d.webhookId(), r.d.cloudId(), r.d.format(),
              r.d.body(), r.attempts));
        });
    return out;
  }

  @Override
  public synchronized void record(List<AttemptOutcome> outcomes) {
    for (AttemptOutcome o : outcomes) {
      Row r = rows.get(o.id());
      if (r == null || r.attempts != o.attempt() || r.status != DeliveryStatus.PENDING) {
        continue;
      }
      r.status = o.status();
      o.nextAttemptAt().ifPresent(t -> r.nextAttemptAt = t);
      r.lastAttemptAt = o.attemptedAt();
      r.lastStatusCode = o.statusCode();
      r.lastError = o.error();
    }
  }

  @Override
  public synchronized List<WebhookDelivery> list(Optional<DeliveryStatus> status, int limit) {
    return rows.values().stream()
        .filter(r -> status.map(s -> s == r.status).orElse(true))
        .sorted(Comparator.comparingLong((Row r) -> r.id).reversed())
        .limit(limit).map(Row::view).toList();
  }

  @Override
  public synchronized boolean replay(long id, Instant now) {
    Row r = rows.get(id);
    if (r == null || r.status != DeliveryStatus.FAILED && r.status != DeliveryStatus.REJECTED) {
      return false;
    }
    r.status = DeliveryStatus.PENDING;
    r.attempts = 0;
    r.nextAttemptAt = now;
    return true;
  }

  /** The bodies queued so far, in order. */
  public synchronized List<String> bodies() {
    return rows.values().stream().map(r -> r.d.body()).toList();
  }

  private static final class Row {
    final long id;
    final NewDelivery d;
    DeliveryStatus status = DeliveryStatus.PENDING;
    int attempts;
    Instant nextAttemptAt;
    Instant lastAttemptAt;
    int lastStatusCode;
    String lastError = "";

    Row(long id, NewDelivery d) {
      this.id = id;
      this.d = d;
    }

    WebhookDelivery view() {
      return new WebhookDelivery(id, d.webhookId(), d.cloudId(), d.number(), d.parties(), status,
          attempts, d.createdAt(), nextAttemptAt, Optional.ofNullable(lastAttemptAt),
          lastStatusCode, lastError);
    }
  }

  /** Housekeeping: deletes up to {@code limit} rows in final {@code status} attempted before. */
  public synchronized int deleteFinished(DeliveryStatus status, Instant before, int limit) {
    List<Long> ids = rows.values().stream()
        .filter(r -> r.status == status && r.lastAttemptAt != null && r.lastAttemptAt.isBefore(before))
        .limit(limit).map(r -> r.id).toList();
    ids.forEach(rows::remove);
    return ids.size();
  }
}
