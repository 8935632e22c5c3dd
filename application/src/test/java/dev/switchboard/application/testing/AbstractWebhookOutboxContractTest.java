package dev.switchboard.application.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.PayloadFormat;
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link WebhookOutbox}. Rows of earlier tests may be due too, so each test works
 * far in the future of its own clock ("now" moves on by a year per test) and claims all.
 */
public abstract class AbstractWebhookOutboxContractTest {
  private static final CloudId CLOUD = new CloudId("WH-" + Long.toHexString(System.nanoTime()));

  protected abstract WebhookOutbox outbox();

  private static Instant base() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }

  private static NewDelivery delivery(String body, Instant createdAt) {
    return new NewDelivery("msg_" + UUID.randomUUID(), CLOUD, AccountFixtures.aNumber(), 2,
        PayloadFormat.JSON, body, createdAt);
  }

  /** Claims everything due (also other tests' leftovers) and returns only ours. */
  private List<ClaimedDelivery> claimMine(Instant now, Instant leaseUntil, List<String> bodies) {
    return outbox().claimDue(now, 1_000, leaseUntil).stream()
        .filter(c -> bodies.contains(c.body())).toList();
  }

  @Test
  void givenEnqueued_claimDue_returnsItOnceUntilTheLeaseEnds() {
    Instant now = base();
    String body = "{\"a\":\"" + UUID.randomUUID() + "\"}";
    outbox().enqueue(List.of(delivery(body, now)));

    List<ClaimedDelivery> first = claimMine(now, now.plusSeconds(60), List.of(body));
    List<ClaimedDelivery> again = claimMine(now.plusSeconds(30), now.plusSeconds(90), List.of(body));
    List<ClaimedDelivery> afterLease =
        claimMine(now.plusSeconds(61), now.plusSeconds(120), List.of(body));

    assertThat(first).singleElement().satisfies(c -> {
      assertThat(c.attempt()).isEqualTo(1);
      assertThat(c.cloudId()).isEqualTo(CLOUD);
      assertThat(c.format()).isEqualTo(PayloadFormat.JSON);
    });
    assertThat(again).isEmpty();
    assertThat(afterLease).singleElement().satisfies(c -> assertThat(c.attempt()).isEqualTo(2));
    record(afterLease.get(0), DeliveryStatus.DELIVERED, Optional.empty(), now.plusSeconds(62));
  }

  @Test
  void givenRetryOutcome_theDeliveryIsDueAgainAtItsTime_andDeliveredIsFinal() {
    Instant now = base().plus(Duration.ofDays(1));
    String body = "<r>" + UUID.randomUUID() + "</r>";
    outbox().enqueue(List.of(delivery(body, now)));
    ClaimedDelivery c = claimMine(now, now.plusSeconds(60), List.of(body)).get(0);

    record(c, DeliveryStatus.PENDING, Optional.of(now.plusSeconds(5)), now);

    assertThat(claimMine(now.plusSeconds(4), now.plusSeconds(70), List.of(body))).isEmpty();
    ClaimedDelivery retry = claimMine(now.plusSeconds(5), now.plusSeconds(70), List.of(body))
        .get(0);
    assertThat(retry.attempt()).isEqualTo(2);
    record(retry, DeliveryStatus.DELIVERED, Optional.empty(), now.plusSeconds(6));
    assertThat(claimMine(now.plus(Duration.ofDays(400)), now.plus(Duration.ofDays(401)),
        List.of(body))).isEmpty();
    WebhookDelivery shown = find(retry.id());
    assertThat(shown.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(shown.attempts()).isEqualTo(2);
    assertThat(shown.lastStatusCode()).isEqualTo(204);
  }

  @Test
  void givenStaleOutcome_ofAnAttemptWhoseLeaseEnded_itIsIgnored() {
    Instant now = base().plus(Duration.ofDays(2));
    String body = "{\"s\":\"" + UUID.randomUUID() + "\"}";
    outbox().enqueue(List.of(delivery(body, now)));
    ClaimedDelivery first = claimMine(now, now.plusSeconds(1), List.of(body)).get(0);
    ClaimedDelivery second = claimMine(now.plusSeconds(2), now.plusSeconds(60), List.of(body))
        .get(0);

    record(first, DeliveryStatus.REJECTED, Optional.empty(), now.plusSeconds(3));

    assertThat(find(second.id()).status()).isEqualTo(DeliveryStatus.PENDING);
    record(second, DeliveryStatus.DELIVERED, Optional.empty(), now.plusSeconds(4));
    assertThat(find(second.id()).status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void givenFailedDelivery_replay_makesItDueNowWithAFreshSchedule_andOnlyOnce() {
    Instant now = base().plus(Duration.ofDays(3));
    String body = "{\"f\":\"" + UUID.randomUUID() + "\"}";
    outbox().enqueue(List.of(delivery(body, now)));
    ClaimedDelivery c = claimMine(now, now.plusSeconds(60), List.of(body)).get(0);
    record(c, DeliveryStatus.FAILED, Optional.empty(), now);

    assertThat(outbox().list(Optional.of(DeliveryStatus.FAILED), 1_000))
        .extracting(WebhookDelivery::id).contains(c.id());
    assertThat(outbox().replay(c.id(), now.plusSeconds(10))).isTrue();
    assertThat(outbox().replay(c.id(), now.plusSeconds(10))).isFalse();

    assertThat(claimMine(now.plusSeconds(10), now.plusSeconds(70), List.of(body)))
        .singleElement().satisfies(again -> assertThat(again.attempt()).isEqualTo(1));
  }

  @Test
  void replay_ofADeliveredOrUnknownDelivery_isRefused() {
    Instant now = base().plus(Duration.ofDays(4));
    String body = "{\"d\":\"" + UUID.randomUUID() + "\"}";
    outbox().enqueue(List.of(delivery(body, now)));
    ClaimedDelivery c = claimMine(now, now.plusSeconds(60), List.of(body)).get(0);
    record(c, DeliveryStatus.DELIVERED, Optional.empty(), now);

    assertThat(outbox().replay(c.id(), now)).isFalse();
    assertThat(outbox().replay(Long.MAX_VALUE - 7, now)).isFalse();
  }

  private void record(ClaimedDelivery c, DeliveryStatus status, Optional<Instant> next,
      Instant at) {
    int code = status == DeliveryStatus.DELIVERED ? 204 : 503;
    outbox().record(List.of(new AttemptOutcome(c.id(), c.attempt(), status, at, next, code,
        status == DeliveryStatus.DELIVERED ? "" : "HTTP 503")));
  }

  private WebhookDelivery find(long id) {
    return outbox().list(Optional.empty(), 1_000).stream().filter(d -> d.id() == id).findFirst()
        .orElseThrow();
  }
}
