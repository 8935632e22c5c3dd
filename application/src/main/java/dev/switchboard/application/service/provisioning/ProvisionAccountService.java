package dev.switchboard.application.service.provisioning;

import dev.switchboard.application.port.in.provisioning.ProvisionAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionAccountUseCase;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.application.service.verification.VerificationSettings;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.CloudSecret;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.error.ThrottledException;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.error.WrongCredentialsException;
import dev.switchboard.domain.tenant.App;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * External provisioning: a live PIN (or the cloud secret of an earlier provisioning) gets the
 * number's one SIP account, created on first use.
 */
public final class ProvisionAccountService implements ProvisionAccountUseCase {
  private final Apps apps;
  private final Accounts accounts;
  private final PinCheck pinCheck;
  private final RateLimiter limiter;
  private final Clock clock;
  private final RandomGenerator random;
  private final VerificationSettings settings;
  private final Credit initialCredit;

  public ProvisionAccountService(Apps apps, Accounts accounts, PinCheck pinCheck, RateLimiter limiter,
      Clock clock, RandomGenerator random, VerificationSettings settings, Credit initialCredit) {
    this.apps = apps;
    this.accounts = accounts;
    this.pinCheck = pinCheck;
    this.limiter = limiter;
    this.clock = clock;
    this.random = random;
    this.settings = settings;
    this.initialCredit = initialCredit;
  }

  @Override
  public ProvisionedAccount provision(ProvisionAccountCommand command) {
    App app = apps.find(command.cloudId())
        .orElseThrow(() -> new UnknownCloudIdException(command.cloudId().value()));
    Instant now = clock.instant();
    Optional<Account> existing = accounts.findByNumber(command.cloudId(), command.number());
    if (CloudSecret.looksLikeSecret(command.credential())) {
      Account account = existing.filter(a -> a.acceptsCloudSecret(command.credential()))
          .orElseThrow(() -> failure(command, now, "The saved sign-in has expired. Please verify your number again."));
      return new ProvisionedAccount(account, app, new CloudSecret(command.credential()), false);
    }
    try {
      pinCheck.consume(command.number(), command.credential(), now);
    } catch (WrongCredentialsException e) {
      throw failure(command, now, e.getMessage());
    }
    CloudSecret secret = CloudSecret.generate(random);
    Account candidate = Account.open(
        AccountIdentity.generate(random, app.sipDomain(), app.cloudId(), app.defaultNetworkId()),
        command.number(), secret.hash(random), initialCredit, now);
    Account stored = existing.orElseGet(() -> accounts.addIfAbsent(candidate));
    boolean created = stored.username().equals(candidate.username());
    if (!created) {
      stored.replaceCloudSecret(secret.hash(random));
      accounts.update(stored);
    }
    return new ProvisionedAccount(stored, app, secret, created);
  }

  private RuntimeException failure(ProvisionAccountCommand command, Instant now, String message) {
    return limiter.tryAcquire("provision-failure:" + command.clientAddress(), settings.failuresPerClient(), now)
        .<RuntimeException>map(wait -> new ThrottledException(
            "Too many failed sign-ins from your network. Please try again "
                + ThrottledException.humanWait(wait) + ".", wait))
        .orElseGet(() -> new WrongCredentialsException(message));
  }
}
