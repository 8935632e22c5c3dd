package dev.switchboard.application.service.account;

import dev.switchboard.application.port.in.account.AccountCreation;
import dev.switchboard.application.port.in.account.CreateAccountCommand;
import dev.switchboard.application.port.in.account.CreateAccountUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.CloudSecret;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.error.UnknownCloudIdException;
import dev.switchboard.domain.tenant.App;
import java.time.Clock;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Opens a number's account the way provisioning would, with a throw-away cloud secret: the app's
 * first PIN sign-in replaces it and returns this account.
 */
public final class CreateAccountService implements CreateAccountUseCase {
  private final Apps apps;
  private final Accounts accounts;
  private final Clock clock;
  private final RandomGenerator random;
  private final Credit initialCredit;

  public CreateAccountService(Apps apps, Accounts accounts, Clock clock, RandomGenerator random,
      Credit initialCredit) {
    this.apps = apps;
    this.accounts = accounts;
    this.clock = clock;
    this.random = random;
    this.initialCredit = initialCredit;
  }

  @Override
  public AccountCreation create(CreateAccountCommand command) {
    App app = apps.find(command.cloudId())
        .orElseThrow(() -> new UnknownCloudIdException(command.cloudId().value()));
    Optional<Account> existing = accounts.findByNumber(command.cloudId(), command.number());
    if (existing.isPresent()) {
      return new AccountCreation.AlreadyExisted(existing.get());
    }
    Account candidate = open(app, command.number(), command.credit().orElse(initialCredit));
    Account stored = accounts.addIfAbsent(candidate);
    return stored.username().equals(candidate.username())
        ? new AccountCreation.Created(stored)
        : new AccountCreation.AlreadyExisted(stored);
  }

  private Account open(App app, dev.switchboard.domain.phone.PhoneNumber number, Credit credit) {
    return Account.open(
        AccountIdentity.generate(random, app.sipDomain(), app.cloudId(), app.defaultNetworkId()),
        number, CloudSecret.generate(random).hash(random), credit, clock.instant());
  }
}
