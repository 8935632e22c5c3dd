package dev.switchboard.application.service.housekeeping;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.CallThroughFixtures.aReservation;
import static dev.switchboard.application.testing.CallThroughFixtures.anAccessNumber;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.in.housekeeping.PurgeReport;
import dev.switchboard.application.port.in.housekeeping.RecordKind;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.service.auth.InMemoryNonces;
import dev.switchboard.application.testing.ContactFixtures;
import dev.switchboard.application.testing.InMemoryAccessTokens;
import dev.switchboard.application.testing.InMemoryCallRecords;
import dev.switchboard.application.testing.InMemoryExpiredRecords;
import dev.switchboard.application.testing.InMemoryReservations;
import dev.switchboard.application.testing.InMemoryVerifications;
import dev.switchboard.application.testing.InMemoryWebhookOutbox;
import dev.switchboard.application.testing.MutableClock;
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
import dev.switchboard.domain.webhook.WebhookDelivery;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PurgeExpiredRecordsServiceTest {
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final SecureRandom RANDOM = new SecureRandom();
  private final MutableClock clock = new MutableClock(NOW);
  private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
  private final InMemoryCallRecords calls = new InMemoryCallRecords();
  private final InMemoryVerifications verifications = new InMemoryVerifications();
  private final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
  private final InMemoryNonces nonces = new InMemoryNonces(1_000);
  private final InMemoryReservations reservations = new InMemoryReservations();
  private final InMemoryExpiredRecords expired = new InMemoryExpiredRecords(outbox, calls,
      verifications, tokens, nonces, reservations);

  private PurgeExpiredRecordsService service(RetentionPolicy policy) {
    return new PurgeExpiredRecordsService(expired, clock, policy);
  }

  private static Instant ago(Duration d) {
    return NOW.minus(d);
  }

  private String webhook(DeliveryStatus status, Instant at) {
    String id = "msg_" + UUID.randomUUID();
    outbox.enqueue(List.of(new NewDelivery(id, new CloudId("DEMO"), aNumber(), 1,
        PayloadFormat.JSON, "{}", at)));
    if (status != DeliveryStatus.PENDING) {
      long rowId = outbox.list(Optional.empty(), 1).get(0).id();
      outbox.claimDue(at, 1_000, at.plusSeconds(60)).stream().filter(c -> c.id() == rowId)
          .forEach(c -> outbox.record(List.of(new AttemptOutcome(c.id(), c.attempt(), status,
              at, Optional.empty(), 204, ""))));
    }
    return id;
  }

  private List<String> webhookIds() {
    return outbox.list(Optional.empty(), 1_000).stream().map(WebhookDelivery::webhookId).toList();
  }

  private CallbackCall call(Instant createdAt, Instant endedAt) {
    CallbackCall c = CallbackCall.placing(CallId.generate(RANDOM), new SipUsername("alice"),
        LegRole.DESTINATION, DialableNumber.parse("+12025550123"), DialableNumber.parse("98765"),
        createdAt);
    c = endedAt == null ? c : c.ended("hung up", endedAt, BigDecimal.ZERO);
    calls.save(c);
    return c;
  }

  private PhoneNumber pin(Instant issuedAt) {
    PhoneNumber number = aNumber();
    verifications.save(PinVerification.issue(number, "seed", SecretHash.of("123456", RANDOM),
        issuedAt, VerificationPolicy.DEFAULT, Optional.empty()));
    return number;
  }

  private IssuedToken token(Instant expiresAt) {
    IssuedToken t = new IssuedToken(AccessToken.generate(RANDOM).digest(),
        ContactFixtures.aPrincipal(new CloudId("DEMO"), aNumber()), expiresAt.minusSeconds(86_400),
        expiresAt, false);
    tokens.save(t);
    return t;
  }

  @Test
  void purge_deletesWhatIsPastItsRetention_andKeepsEverythingStillNeeded() {
    String delivered8d = webhook(DeliveryStatus.DELIVERED, ago(Duration.ofDays(8)));
    String delivered6d = webhook(DeliveryStatus.DELIVERED, ago(Duration.ofDays(6)));
    String failed31d = webhook(DeliveryStatus.FAILED, ago(Duration.ofDays(31)));
    String rejected31d = webhook(DeliveryStatus.REJECTED, ago(Duration.ofDays(31)));
    String failed29d = webhook(DeliveryStatus.FAILED, ago(Duration.ofDays(29)));
    String pendingForAYear = webhook(DeliveryStatus.PENDING, ago(Duration.ofDays(365)));
    CallbackCall ended91d = call(ago(Duration.ofDays(92)), ago(Duration.ofDays(91)));
    CallbackCall ended89d = call(ago(Duration.ofDays(90)), ago(Duration.ofDays(89)));
    CallbackCall stillPlacing = call(ago(Duration.ofDays(200)), null);
    PhoneNumber pinOfYesterday = pin(ago(Duration.ofHours(26)));
    PhoneNumber expiredPinOfToday = pin(ago(Duration.ofHours(2)));
    PhoneNumber livePin = pin(ago(Duration.ofMinutes(1)));
    IssuedToken expiredToken = token(ago(Duration.ofHours(2)));
    IssuedToken justExpiredToken = token(ago(Duration.ofMinutes(30)));
    IssuedToken liveToken = token(NOW.plus(Duration.ofHours(5)));
    SipUsername user = new SipUsername("alice");
    nonces.useOnce(user, "old", ago(Duration.ofHours(3)), ago(Duration.ofHours(2)));
    nonces.useOnce(user, "fresh", ago(Duration.ofMinutes(1)), NOW.plus(Duration.ofMinutes(4)));
    PhoneNumber oldCaller = aNumber();
    PhoneNumber caller = aNumber();
    AccessNumber a = anAccessNumber();
    reservations.tryReserve(aReservation(a, List.of(oldCaller), ago(Duration.ofDays(2)),
        Duration.ofSeconds(60)));
    reservations.tryReserve(aReservation(a, List.of(caller), ago(Duration.ofSeconds(10)),
        Duration.ofSeconds(60)));

    PurgeReport report = service(RetentionPolicy.DEFAULT).purge();

    assertThat(report.complete()).isTrue();
    assertThat(report.count(RecordKind.DELIVERED_WEBHOOKS)).isEqualTo(1);
    assertThat(report.count(RecordKind.FAILED_WEBHOOKS)).isEqualTo(2);
    assertThat(webhookIds()).containsExactlyInAnyOrder(delivered6d, failed29d, pendingForAYear)
        .doesNotContain(delivered8d, failed31d, rejected31d);
    assertThat(report.count(RecordKind.CALL_RECORDS)).isEqualTo(1);
    assertThat(calls.find(ended91d.id())).isEmpty();
    assertThat(calls.find(ended89d.id())).isPresent();
    assertThat(calls.find(stillPlacing.id())).isPresent();
    assertThat(report.count(RecordKind.PIN_VERIFICATIONS)).isEqualTo(1);
    assertThat(verifications.find(pinOfYesterday)).isEmpty();
    assertThat(verifications.find(expiredPinOfToday)).as("keeps today's SMS count").isPresent();
    assertThat(verifications.find(livePin)).isPresent();
    assertThat(report.count(RecordKind.ACCESS_TOKENS)).isEqualTo(1);
    assertThat(tokens.find(expiredToken.digest())).isEmpty();
    assertThat(tokens.find(justExpiredToken.digest())).as("within the margin").isPresent();
    assertThat(tokens.find(liveToken.digest())).isPresent();
    assertThat(report.count(RecordKind.NONCES)).isEqualTo(1);
    assertThat(nonces.useOnce(user, "fresh", NOW, NOW.plusSeconds(300)))
        .as("a replay in the window is still refused").isFalse();
    assertThat(report.count(RecordKind.RESERVATIONS)).isEqualTo(1);
    assertThat(reservations.lastAccessNumber(oldCaller)).isEmpty();
    assertThat(reservations.consume(caller, a, NOW)).isPresent();
    assertThat(report.total()).isEqualTo(8);
  }

  @Test
  void purge_runsInBatches_andLeavesTheRestForTheNextRun() {
    for (int i = 0; i < 5; i++) {
      webhook(DeliveryStatus.DELIVERED, ago(Duration.ofDays(10)));
    }
    RetentionPolicy small = new RetentionPolicy(Duration.ofDays(7), Duration.ofDays(30),
        Duration.ofDays(90), Duration.ofHours(1), Duration.ofDays(1), 2, 2);

    PurgeReport first = service(small).purge();
    PurgeReport second = service(small).purge();
    PurgeReport third = service(small).purge();

    assertThat(first.count(RecordKind.DELIVERED_WEBHOOKS)).isEqualTo(4);
    assertThat(first.complete()).isFalse();
    assertThat(second.count(RecordKind.DELIVERED_WEBHOOKS)).isEqualTo(1);
    assertThat(second.complete()).isTrue();
    assertThat(third.total()).isZero();
    assertThat(webhookIds()).isEmpty();
  }

  @Test
  void purge_followsTheClock() {
    String delivered = webhook(DeliveryStatus.DELIVERED, NOW);

    assertThat(service(RetentionPolicy.DEFAULT).purge().total()).isZero();
    clock.advance(Duration.ofDays(7).plusSeconds(1));

    assertThat(service(RetentionPolicy.DEFAULT).purge().count(RecordKind.DELIVERED_WEBHOOKS))
        .isEqualTo(1);
    assertThat(webhookIds()).doesNotContain(delivered);
  }
}
