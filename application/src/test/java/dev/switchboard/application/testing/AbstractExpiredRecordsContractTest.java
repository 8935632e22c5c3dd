package dev.switchboard.application.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.CallThroughFixtures.aReservation;
import static dev.switchboard.application.testing.CallThroughFixtures.anAccessNumber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.port.out.housekeeping.ExpiredRecords;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.AccessToken;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.call.CallId;
import dev.switchboard.domain.call.CallbackCall;
import dev.switchboard.domain.call.DialableNumber;
import dev.switchboard.domain.call.LegRole;
import dev.switchboard.domain.callthrough.AccessNumber;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.verification.PinVerification;
import dev.switchboard.domain.verification.VerificationPolicy;
import dev.switchboard.domain.webhook.DeliveryStatus;
import dev.switchboard.domain.webhook.PayloadFormat;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link ExpiredRecords}: what is past its cutoff goes, in batches of at most the
 * limit; what is still needed stays. Each test works twenty years in the past of its own start,
 * so its cutoffs never reach rows of other tests that run "now" (kept databases included).
 */
public abstract class AbstractExpiredRecordsContractTest {
  private static final int ALL = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Instant t = Instant.now().minus(Duration.ofDays(20 * 365))
      .truncatedTo(ChronoUnit.MILLIS);

  protected abstract ExpiredRecords expired();

  protected abstract WebhookOutbox outbox();

  protected abstract CallRecords calls();

  protected abstract Verifications verifications();

  protected abstract AccessTokens tokens();

  protected abstract Nonces nonces();

  protected abstract Reservations reservations();

  // --- webhooks

  private String enqueue() {
    String id = "msg_" + UUID.randomUUID();
    outbox().enqueue(List.of(new NewDelivery(id, new CloudId("HK"), aNumber(), 1,
        PayloadFormat.JSON, "{\"id\":\"" + id + "\"}", t)));
    return id;
  }

  /**
   * Claims what is due at t (ours, and others' leftovers, which stay pending) and records the
   * given final or retry status for ours, attempted at {@code at}.
   */
  private void finish(Map<String, DeliveryStatus> outcomes, Instant at) {
    List<AttemptOutcome> recorded = new ArrayList<>();
    for (ClaimedDelivery c : outbox().claimDue(t, ALL, t.plusSeconds(60))) {
      DeliveryStatus status = outcomes.get(c.webhookId());
      if (status != null) {
        Optional<Instant> next = status == DeliveryStatus.PENDING
            ? Optional.of(at.plus(Duration.ofHours(1))) : Optional.empty();
        recorded.add(new AttemptOutcome(c.id(), c.attempt(), status, at, next, 500, ""));
      }
    }
    assertThat(recorded).hasSize(outcomes.size());
    outbox().record(recorded);
  }

  private Optional<DeliveryStatus> statusOf(String webhookId) {
    return outbox().list(Optional.empty(), 1_000).stream()
        .filter(d -> d.webhookId().equals(webhookId)).findFirst().map(d -> d.status());
  }

  @Test
  void deliveredWebhook_isDeletedAfterItsCutoff_pendingOnesNeverAre() {
    String delivered = enqueue();
    String pending = enqueue();
    String retrying = enqueue();
    finish(Map.of(delivered, DeliveryStatus.DELIVERED, retrying, DeliveryStatus.PENDING),
        t.plusSeconds(1));

    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, t, ALL)).isZero();
    assertThat(statusOf(delivered)).contains(DeliveryStatus.DELIVERED);
    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, t.plus(Duration.ofDays(1)),
        ALL)).isGreaterThanOrEqualTo(1);

    assertThat(statusOf(delivered)).isEmpty();
    assertThat(statusOf(pending)).contains(DeliveryStatus.PENDING);
    assertThat(statusOf(retrying)).contains(DeliveryStatus.PENDING);
    assertThatThrownBy(() -> expired().deleteWebhookDeliveries(DeliveryStatus.PENDING,
        t.plus(Duration.ofDays(1)), ALL)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failedAndRejectedWebhooks_goOnlyWithTheirOwnStatus() {
    String failed = enqueue();
    String rejected = enqueue();
    finish(Map.of(failed, DeliveryStatus.FAILED, rejected, DeliveryStatus.REJECTED),
        t.plusSeconds(1));
    Instant later = t.plus(Duration.ofDays(1));

    expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, later, ALL);
    assertThat(statusOf(failed)).contains(DeliveryStatus.FAILED);
    assertThat(statusOf(rejected)).contains(DeliveryStatus.REJECTED);

    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.FAILED, later, ALL))
        .isGreaterThanOrEqualTo(1);
    assertThat(statusOf(failed)).isEmpty();
    assertThat(statusOf(rejected)).contains(DeliveryStatus.REJECTED);

    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.REJECTED, later, ALL))
        .isGreaterThanOrEqualTo(1);
    assertThat(statusOf(rejected)).isEmpty();
  }

  @Test
  void deletes_takeAtMostTheLimit_andAreIdempotent() {
    List<String> ids = List.of(enqueue(), enqueue(), enqueue());
    finish(Map.of(ids.get(0), DeliveryStatus.DELIVERED, ids.get(1), DeliveryStatus.DELIVERED,
        ids.get(2), DeliveryStatus.DELIVERED), t.plusSeconds(1));
    Instant cutoff = t.plus(Duration.ofDays(1));

    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, cutoff, 2))
        .isEqualTo(2);
    assertThat(ids.stream().filter(id -> statusOf(id).isPresent())).hasSize(1);
    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, cutoff, ALL))
        .isGreaterThanOrEqualTo(1);
    assertThat(expired().deleteWebhookDeliveries(DeliveryStatus.DELIVERED, cutoff, ALL)).isZero();
    assertThat(ids.stream().filter(id -> statusOf(id).isPresent())).isEmpty();
  }

  // --- call records

  private CallbackCall aCall(Instant at) {
    return CallbackCall.placing(CallId.generate(RANDOM), new SipUsername("hk"),
        LegRole.DESTINATION, DialableNumber.parse("+12025550123"), DialableNumber.parse("98765"),
        at);
  }

  @Test
  void endedCall_isDeletedAfterItsCutoff_liveAndRecentOnesStay() {
    CallbackCall old = aCall(t).ended("hung up", t.plusSeconds(70), BigDecimal.ONE);
    CallbackCall recent = aCall(t).ended("hung up", t.plus(Duration.ofDays(2)), BigDecimal.ONE);
    CallbackCall placing = aCall(t);
    CallbackCall bridged = aCall(t).bridged(t.plusSeconds(5));
    List.of(old, recent, placing, bridged).forEach(calls()::save);

    assertThat(expired().deleteEndedCalls(t.plus(Duration.ofDays(1)), ALL))
        .isGreaterThanOrEqualTo(1);

    assertThat(calls().find(old.id())).isEmpty();
    assertThat(calls().find(recent.id())).contains(recent);
    assertThat(calls().find(placing.id())).contains(placing);
    assertThat(calls().find(bridged.id())).contains(bridged);
  }

  // --- PINs

  private PinVerification issue(PhoneNumber number, Instant at) {
    PinVerification v = PinVerification.issue(number, "seed", SecretHash.of("123456", RANDOM), at,
        VerificationPolicy.DEFAULT, Optional.empty());
    assertThat(verifications().save(v)).isTrue();
    return v;
  }

  @Test
  void expiredPin_isDeletedOnceItsSmsDayIsOver_liveOnesAndTheDayCountStay() {
    PhoneNumber old = aNumber();
    PhoneNumber sameDay = aNumber();
    PhoneNumber live = aNumber();
    issue(old, t);
    issue(sameDay, t.plus(Duration.ofHours(20)));
    issue(live, t.plus(Duration.ofHours(26)));
    Instant expiredBefore = t.plus(Duration.ofHours(26));

    assertThat(expired().deletePinVerifications(expiredBefore, expiredBefore.minus(
        Duration.ofHours(24)), ALL)).isGreaterThanOrEqualTo(1);

    assertThat(verifications().find(old)).isEmpty();
    assertThat(verifications().find(sameDay)).isPresent();
    assertThat(verifications().find(live)).isPresent();
  }

  // --- tokens

  private IssuedToken token(Instant expiresAt, boolean revoked) {
    IssuedToken token = new IssuedToken(AccessToken.generate(RANDOM).digest(),
        ContactFixtures.aPrincipal(new CloudId("DEMO"), aNumber()), t, expiresAt, revoked);
    tokens().save(token);
    return token;
  }

  @Test
  void expiredToken_isDeleted_unexpiredOnesStayEvenRevoked() {
    IssuedToken old = token(t.plus(Duration.ofHours(1)), false);
    IssuedToken oldRevoked = token(t.plus(Duration.ofHours(1)), true);
    IssuedToken live = token(t.plus(Duration.ofDays(2)), false);
    IssuedToken liveRevoked = token(t.plus(Duration.ofDays(2)), true);

    assertThat(expired().deleteAccessTokens(t.plus(Duration.ofDays(1)), ALL))
        .isGreaterThanOrEqualTo(2);

    assertThat(tokens().find(old.digest())).isEmpty();
    assertThat(tokens().find(oldRevoked.digest())).isEmpty();
    assertThat(tokens().find(live.digest())).isPresent();
    assertThat(tokens().find(liveRevoked.digest())).hasValueSatisfying(
        tk -> assertThat(tk.revoked()).isTrue());
  }

  // --- nonces

  @Test
  void spentNonce_isForgottenAfterItsWindow_oneInItsWindowStillRefusesAReplay() {
    SipUsername user = new SipUsername("hk" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
    assertThat(nonces().useOnce(user, "short", t, t.plus(Duration.ofMinutes(5)))).isTrue();
    assertThat(nonces().useOnce(user, "long", t, t.plus(Duration.ofHours(2)))).isTrue();
    Instant cutoff = t.plus(Duration.ofHours(1));

    assertThat(expired().deleteNonces(cutoff, ALL)).isGreaterThanOrEqualTo(1);
    assertThat(expired().deleteNonces(cutoff, ALL)).isZero();

    assertThat(nonces().useOnce(user, "long", t.plus(Duration.ofMinutes(90)),
        t.plus(Duration.ofHours(3)))).isFalse();
  }

  // --- reservations

  @Test
  void pastReservations_areDeleted_oneInItsWindowCanStillBeConsumed() {
    PhoneNumber unused = aNumber();
    PhoneNumber used = aNumber();
    PhoneNumber pending = aNumber();
    AccessNumber a = anAccessNumber();
    AccessNumber b = anAccessNumber();
    Duration window = Duration.ofSeconds(60);
    assertThat(reservations().tryReserve(aReservation(a, List.of(unused), t, window))).isTrue();
    assertThat(reservations().tryReserve(aReservation(a, List.of(used), t, window))).isTrue();
    assertThat(reservations().consume(used, a, t.plusSeconds(10))).isPresent();
    Instant cutoff = t.plus(Duration.ofHours(1));
    assertThat(reservations().tryReserve(aReservation(b, List.of(pending), cutoff, window)))
        .isTrue();

    assertThat(expired().deleteReservations(cutoff, ALL)).isGreaterThanOrEqualTo(2);

    assertThat(reservations().lastAccessNumber(unused)).isEmpty();
    assertThat(reservations().lastAccessNumber(used)).isEmpty();
    assertThat(reservations().lastAccessNumber(pending)).contains(b);
    assertThat(reservations().consume(pending, b, cutoff.plusSeconds(30))).isPresent();
  }
}
