package dev.switchboard.application.service;

import dev.switchboard.application.port.in.auth.AuthenticateAccountCommand;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.application.service.auth.AuthSettings;
import dev.switchboard.application.service.auth.AuthenticateAccountService;
import dev.switchboard.application.service.auth.AuthorizeTokenService;
import dev.switchboard.application.service.auth.CredentialGuard;
import dev.switchboard.application.service.auth.IssueAccessTokenService;
import dev.switchboard.application.service.auth.LocalCredentialVerifier;
import dev.switchboard.application.service.auth.RevokeAccessTokenService;
import dev.switchboard.application.service.contact.ContactSettings;
import dev.switchboard.application.service.contact.DiscoveryCharge;
import dev.switchboard.application.service.contact.ListMessagingContactsService;
import dev.switchboard.application.service.contact.UploadAddressBookService;
import dev.switchboard.application.service.ratelimit.InMemoryRateLimiter;
import dev.switchboard.application.service.smart.BecomeSmartService;
import dev.switchboard.application.service.smart.FindSmartContactsService;
import dev.switchboard.application.service.smart.SmartMatcher;
import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.InMemoryAccessTokens;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.InMemoryDiscoveryBudgets;
import dev.switchboard.application.testing.InMemorySmartEntries;
import dev.switchboard.domain.phone.PhoneNumber;
import java.security.SecureRandom;
import java.util.Optional;

/** Verification, provisioning and the Smart Contacts services wired with in-memory ports. */
public final class SmartContactsFixture {
  public final ServiceFixture accounts = new ServiceFixture();
  public final InMemoryAccessTokens tokens = new InMemoryAccessTokens();
  public final InMemoryAddressBooks books = new InMemoryAddressBooks();
  public final InMemorySmartEntries smartEntries = new InMemorySmartEntries(books);
  public final AuthenticateAccountService authenticate;
  public final IssueAccessTokenService issueToken;
  public final AuthorizeTokenService authorize;
  public final RevokeAccessTokenService revoke;
  public final UploadAddressBookService upload;
  public final BecomeSmartService becomeSmart;
  public final FindSmartContactsService findSmart;
  public final ListMessagingContactsService messaging;

  public SmartContactsFixture(ContactSettings contactSettings) {
    FixedApps apps = new FixedApps(AccountFixtures.DEMO_APP);
    CredentialGuard guard = new CredentialGuard(new LocalCredentialVerifier(accounts.accounts, apps),
        new InMemoryRateLimiter(10_000), accounts.clock, AuthSettings.DEFAULT);
    authenticate = new AuthenticateAccountService(guard);
    issueToken = new IssueAccessTokenService(guard, tokens, accounts.clock, new SecureRandom(),
        AuthSettings.DEFAULT.tokenLifetime());
    authorize = new AuthorizeTokenService(tokens, accounts.clock);
    revoke = new RevokeAccessTokenService(tokens);
    upload = new UploadAddressBookService(books,
        new DiscoveryCharge(new InMemoryDiscoveryBudgets(), contactSettings.discovery()),
        accounts.clock, contactSettings);
    SmartMatcher matcher = new SmartMatcher(smartEntries, apps);
    becomeSmart = new BecomeSmartService(smartEntries, accounts.clock);
    findSmart = new FindSmartContactsService(matcher);
    messaging = new ListMessagingContactsService(guard, books, matcher);
  }

  public SmartContactsFixture() {
    this(ContactSettings.DEFAULT);
  }

  /** Verifies and provisions {@code number} on the demo app. */
  public ProvisionedAccount provisioned(PhoneNumber number) {
    return accounts.provision(number, accounts.requestPin(number));
  }

  public static AuthenticateAccountCommand credentials(ProvisionedAccount a) {
    return new AuthenticateAccountCommand(a.account().cloudId(), a.account().username().value(),
        Optional.empty(), a.account().password().value(), "198.51.100.1");
  }
}
