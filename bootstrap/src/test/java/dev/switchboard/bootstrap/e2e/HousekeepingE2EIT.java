package dev.switchboard.bootstrap.e2e;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.CallThroughFixtures.aReservation;
import static dev.switchboard.application.testing.CallThroughFixtures.anAccessNumber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.auth.Nonces;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.port.out.callthrough.Reservations;
import dev.switchboard.application.port.out.verification.Verifications;
import dev.switchboard.application.port.out.webhook.AttemptOutcome;
import dev.switchboard.application.port.out.webhook.ClaimedDelivery;
import dev.switchboard.application.port.out.webhook.NewDelivery;
import dev.switchboard.application.port.out.webhook.WebhookOutbox;
import dev.switchboard.application.testing.ContactFixtures;
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
import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Retention end to end, on H2 and PostgreSQL: the admin API and the admin command delete what is
 * past its retention and keep what is still needed (a pending webhook, a live PIN, an unexpired
 * token, a reservation in its window, a nonce in its window); the scheduled job does the same on
 * its own and counts what it deleted in /prometheus.
 */
class HousekeepingE2EIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @TempDir
  Path dir;

  static Stream<Database> databases() {
    return Database.available();
  }

  private Map<String, Object> props(Database db, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>(db.properties());
    props.put("switchboard.data-dir", dir.toString());
    // The test claims its own webhook rows; no worker may take them first.
    props.put("switchboard.webhooks.worker-enabled", "false");
    props.putAll(extra);
    return props;
  }

  private static Instant ago(Duration d) {
    return NOW.minus(d);
  }

  /** The rows one scenario seeds, old and live, through the service's own stores. */
  private static final class Seeded {
    String oldDelivered;
    String pending;
    CallbackCall oldCall;
    CallbackCall liveCall;
    PhoneNumber oldPin;
    PhoneNumber livePin;
    IssuedToken oldToken;
    IssuedToken liveToken;
    SipUsername nonceUser;
    PhoneNumber oldCaller;
    PhoneNumber caller;
    AccessNumber access;
  }

  private static String delivered(WebhookOutbox outbox, Instant at) {
    String id = "msg_" + UUID.randomUUID();
    outbox.enqueue(List.of(new NewDelivery(id, new CloudId("DEMO"), aNumber(), 1,
        PayloadFormat.JSON, "{}", at)));
    // Claimed at its own time: only rows due by then (older test leftovers, kept pending).
    for (ClaimedDelivery c : outbox.claimDue(at, 1_000, at.plusSeconds(60))) {
      if (c.webhookId().equals(id)) {
        outbox.record(List.of(new AttemptOutcome(c.id(), c.attempt(), DeliveryStatus.DELIVERED,
            at, Optional.empty(), 204, "")));
      }
    }
    return id;
  }

  private static Optional<DeliveryStatus> status(WebhookOutbox outbox, String webhookId) {
    return outbox.list(Optional.empty(), 1_000).stream()
        .filter(d -> d.webhookId().equals(webhookId)).findFirst().map(d -> d.status());
  }

  private static Seeded seed(Function<Class<?>, Object> beans) {
    Seeded s = new Seeded();
    WebhookOutbox outbox = (WebhookOutbox) beans.apply(WebhookOutbox.class);
    s.oldDelivered = delivered(outbox, ago(Duration.ofDays(30)));
    s.pending = "msg_" + UUID.randomUUID();
    outbox.enqueue(List.of(new NewDelivery(s.pending, new CloudId("DEMO"), aNumber(), 1,
        PayloadFormat.JSON, "{}", ago(Duration.ofDays(60)))));

    CallRecords calls = (CallRecords) beans.apply(CallRecords.class);
    s.oldCall = CallbackCall.placing(CallId.generate(RANDOM), new SipUsername("hk"),
        LegRole.DESTINATION, DialableNumber.parse("+12025550123"), DialableNumber.parse("98765"),
        ago(Duration.ofDays(100))).ended("hung up", ago(Duration.ofDays(100)), BigDecimal.ZERO);
    s.liveCall = CallbackCall.placing(CallId.generate(RANDOM), new SipUsername("hk"),
        LegRole.DESTINATION, DialableNumber.parse("+12025550123"), DialableNumber.parse("98765"),
        ago(Duration.ofSeconds(5)));
    calls.save(s.oldCall);
    calls.save(s.liveCall);

    Verifications pins = (Verifications) beans.apply(Verifications.class);
    s.oldPin = aNumber();
    s.livePin = aNumber();
    pins.save(PinVerification.issue(s.oldPin, "seed", SecretHash.of("123456", RANDOM),
        ago(Duration.ofDays(2)), VerificationPolicy.DEFAULT, Optional.empty()));
    pins.save(PinVerification.issue(s.livePin, "seed", SecretHash.of("123456", RANDOM),
        ago(Duration.ofMinutes(1)), VerificationPolicy.DEFAULT, Optional.empty()));

    AccessTokens tokens = (AccessTokens) beans.apply(AccessTokens.class);
    s.oldToken = token(tokens, ago(Duration.ofDays(2)));
    s.liveToken = token(tokens, NOW.plus(Duration.ofHours(12)));

    Nonces nonces = (Nonces) beans.apply(Nonces.class);
    s.nonceUser = new SipUsername("hk" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36));
    nonces.useOnce(s.nonceUser, "old", ago(Duration.ofDays(3)), ago(Duration.ofDays(2)));
    nonces.useOnce(s.nonceUser, "live", NOW, NOW.plus(Duration.ofHours(24)));

    Reservations reservations = (Reservations) beans.apply(Reservations.class);
    s.oldCaller = aNumber();
    s.caller = aNumber();
    s.access = anAccessNumber();
    reservations.tryReserve(aReservation(s.access, List.of(s.oldCaller), ago(Duration.ofDays(3)),
        Duration.ofSeconds(60)));
    reservations.tryReserve(aReservation(s.access, List.of(s.caller), NOW,
        Duration.ofMinutes(10)));
    return s;
  }

  private static IssuedToken token(AccessTokens tokens, Instant expiresAt) {
    IssuedToken t = new IssuedToken(AccessToken.generate(RANDOM).digest(),
        ContactFixtures.aPrincipal(new CloudId("DEMO"), aNumber()), NOW.minus(Duration.ofDays(3)),
        expiresAt, false);
    tokens.save(t);
    return t;
  }

  /** What the purge must have deleted, and what it must have kept. */
  private static void assertPurged(Seeded s, Function<Class<?>, Object> beans) {
    WebhookOutbox outbox = (WebhookOutbox) beans.apply(WebhookOutbox.class);
    assertThat(status(outbox, s.oldDelivered)).isEmpty();
    assertThat(status(outbox, s.pending)).contains(DeliveryStatus.PENDING);
    CallRecords calls = (CallRecords) beans.apply(CallRecords.class);
    assertThat(calls.find(s.oldCall.id())).isEmpty();
    assertThat(calls.find(s.liveCall.id())).isPresent();
    Verifications pins = (Verifications) beans.apply(Verifications.class);
    assertThat(pins.find(s.oldPin)).isEmpty();
    assertThat(pins.find(s.livePin)).isPresent();
    AccessTokens tokens = (AccessTokens) beans.apply(AccessTokens.class);
    assertThat(tokens.find(s.oldToken.digest())).isEmpty();
    assertThat(tokens.find(s.liveToken.digest())).isPresent();
    Nonces nonces = (Nonces) beans.apply(Nonces.class);
    assertThat(nonces.useOnce(s.nonceUser, "live", NOW.plusSeconds(1), NOW.plus(Duration.ofDays(1))))
        .as("a replay of a nonce in its window is still refused").isFalse();
    Reservations reservations = (Reservations) beans.apply(Reservations.class);
    assertThat(reservations.lastAccessNumber(s.oldCaller)).isEmpty();
    assertThat(reservations.consume(s.caller, s.access, Instant.now())).isPresent();
  }

  private static void assertCounts(JsonNode body) {
    assertThat(body.get("status").asText()).isEqualTo("done");
    JsonNode purged = body.get("purged");
    for (String kind : List.of("delivered_webhooks", "call_records", "pin_verifications",
        "access_tokens", "nonces", "callthrough_reservations")) {
      assertThat(purged.get(kind).asLong()).as(kind).isGreaterThanOrEqualTo(1);
    }
    assertThat(purged.has("failed_webhooks")).isTrue();
    assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(6);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void adminApi_purgesWhatIsPastRetention_andKeepsWhatIsStillNeeded(Database db)
      throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dir,
        props(db, Map.of("switchboard.housekeeping.enabled", "false")))) {
      Seeded s = seed(sb::bean);

      HttpResponse<String> anonymous = sb.send("POST", "/admin/housekeeping", null, "");
      assertThat(anonymous.statusCode()).isEqualTo(401);
      HttpResponse<String> run = sb.send("POST", "/admin/housekeeping", null, "",
          "Authorization", "Bearer " + RunningSwitchboard.ADMIN_TOKEN);

      assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
      assertCounts(JSON.readTree(run.body()));
      assertPurged(s, sb::bean);
      HttpResponse<String> again = sb.send("POST", "/admin/housekeeping", null, "",
          "Authorization", "Bearer " + RunningSwitchboard.ADMIN_TOKEN);
      assertThat(again.statusCode()).isEqualTo(200);
      if (db.name().equals("H2")) {
        assertThat(JSON.readTree(again.body()).get("total").asLong())
            .as("this test's own database: nothing left, a second run deletes nothing").isZero();
      }
      assertThat(sb.bean(CallRecords.class).find(s.liveCall.id())).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void adminCommand_runsOnePurge_andPrintsTheCounts(Database db) throws Exception {
    Map<String, Object> props = props(db, Map.of("switchboard.housekeeping.enabled", "false"));
    Seeded s;
    try (ApplicationContext context = ApplicationContext.run(props)) {
      s = seed(context::getBean);
    }

    CliRun run = CliRun.run(props, "admin", "housekeeping", "run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertCounts(JSON.readTree(run.out()));
    try (ApplicationContext context = ApplicationContext.run(props)) {
      assertPurged(s, context::getBean);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void scheduledJob_purgesOnItsOwn_andCountsInPrometheus(Database db) throws Exception {
    try (RunningSwitchboard sb = RunningSwitchboard.start(dir, props(db, Map.of(
        "switchboard.housekeeping.interval", "300ms",
        "switchboard.housekeeping.initial-delay", "0s")))) {
      Seeded s = seed(sb::bean);
      WebhookOutbox outbox = sb.bean(WebhookOutbox.class);

      Instant deadline = Instant.now().plusSeconds(20);
      while (status(outbox, s.oldDelivered).isPresent() && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
      }
      // One more interval, so the run that deleted the webhook has deleted every kind.
      Thread.sleep(1_000);

      assertPurged(s, sb::bean);
      Scrape scrape = Scrape.of(sb);
      assertThat(scrape.value("switchboard_housekeeping_purged_total",
          "kind=\"delivered_webhooks\"")).isGreaterThanOrEqualTo(1);
      assertThat(scrape.value("switchboard_housekeeping_purged_total",
          "kind=\"pin_verifications\"")).isGreaterThanOrEqualTo(1);
    }
  }
}
