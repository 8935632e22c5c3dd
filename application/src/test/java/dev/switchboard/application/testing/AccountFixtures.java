package dev.switchboard.application.testing;

import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Test data: valid numbers, apps and accounts. */
public final class AccountFixtures {
  private static final SecureRandom RANDOM = new SecureRandom();
  public static final CloudId DEMO = new CloudId("DEMO");
  public static final App DEMO_APP = App.of(DEMO, "Demo", new SipDomain("sip.example.com"));

  private AccountFixtures() {}

  /** A valid US number (+1 202 …), random, so runs against a kept database do not collide. */
  public static PhoneNumber aNumber() {
    long n = 2_000_000 + RANDOM.nextInt(8_000_000);
    return PhoneNumber.parseE164("+1202" + n);
  }

  /** A freshly opened account for {@code number} on the demo app, with cloud secret {@code secret}. */
  public static Account aVerifiedAccount(PhoneNumber number, String secret) {
    return anAccountOn(DEMO, number, secret);
  }

  public static Account anAccountOn(CloudId cloudId, PhoneNumber number, String secret) {
    AccountIdentity identity = AccountIdentity.generate(
        RANDOM, new SipDomain("sip.example.com"), cloudId, NetworkId.of(cloudId));
    return Account.open(identity, number, SecretHash.of(secret, RANDOM), Credit.ZERO,
        Instant.now().truncatedTo(ChronoUnit.MILLIS));
  }
}
