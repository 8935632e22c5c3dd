package dev.switchboard.adapter.http.support;

import dev.switchboard.application.port.in.auth.AuthenticateAccountUseCase;
import dev.switchboard.application.port.in.auth.AuthorizeTokenUseCase;
import dev.switchboard.application.port.in.auth.IssueAccessTokenUseCase;
import dev.switchboard.application.port.in.auth.RevokeAccessTokenUseCase;
import dev.switchboard.application.port.in.contact.ListMessagingContactsUseCase;
import dev.switchboard.application.port.in.contact.UploadAddressBookUseCase;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.in.smart.FindSmartContactsUseCase;
import dev.switchboard.application.port.out.ratelimit.RateLimit;
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
import dev.switchboard.application.testing.FixedApps;
import dev.switchboard.application.testing.InMemoryAccessTokens;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.application.testing.InMemoryAddressBooks;
import dev.switchboard.application.testing.InMemoryDiscoveryBudgets;
import dev.switchboard.application.testing.InMemorySmartEntries;
import dev.switchboard.application.testing.MutableClock;
import dev.switchboard.domain.contact.DiscoveryBudget;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Test wiring of External Authentication, SSO, contact sync and Smart Contacts: the real services
 * over the in-memory fakes, in the style of the application's {@code SmartContactsFixture}.
 */
@Factory
public class SmartContactsWiring {
  /** Five wrong passwords per username per 15 minutes; generous per client (tests share one). */
  public static final AuthSettings AUTH = new AuthSettings(
      new RateLimit(5, Duration.ofMinutes(15)), new RateLimit(10_000, Duration.ofHours(1)),
      Duration.ofHours(24));
  /** A small discovery allowance, so tests can spend it: 1,000 numbers, 100 more per hour. */
  public static final ContactSettings CONTACTS =
      new ContactSettings(20_000, new DiscoveryBudget.Policy(1_000, 100));

  @Singleton
  InMemoryAccessTokens accessTokens() {
    return new InMemoryAccessTokens();
  }

  @Singleton
  InMemoryAddressBooks addressBooks() {
    return new InMemoryAddressBooks();
  }

  @Singleton
  InMemorySmartEntries smartEntries(InMemoryAddressBooks books) {
    return new InMemorySmartEntries(books);
  }

  @Singleton
  CredentialGuard localGuard(InMemoryAccounts accounts, FixedApps apps,
      InMemoryRateLimiter limiter, MutableClock clock) {
    return new CredentialGuard(new LocalCredentialVerifier(accounts, apps), limiter, clock, AUTH);
  }

  @Singleton
  AuthenticateAccountUseCase authenticate(CredentialGuard guard) {
    return new AuthenticateAccountService(guard);
  }

  @Singleton
  IssueAccessTokenUseCase issueToken(CredentialGuard guard, InMemoryAccessTokens tokens,
      MutableClock clock) {
    return new IssueAccessTokenService(guard, tokens, clock, new SecureRandom(),
        AUTH.tokenLifetime());
  }

  @Singleton
  AuthorizeTokenUseCase authorizeToken(InMemoryAccessTokens tokens, MutableClock clock) {
    return new AuthorizeTokenService(tokens, clock);
  }

  @Singleton
  RevokeAccessTokenUseCase revokeToken(InMemoryAccessTokens tokens) {
    return new RevokeAccessTokenService(tokens);
  }

  @Singleton
  UploadAddressBookUseCase upload(InMemoryAddressBooks books, MutableClock clock) {
    return new UploadAddressBookService(books,
        new DiscoveryCharge(new InMemoryDiscoveryBudgets(), CONTACTS.discovery()), clock,
        CONTACTS);
  }

  @Singleton
  SmartMatcher smartMatcher(InMemorySmartEntries entries, FixedApps apps) {
    return new SmartMatcher(entries, apps);
  }

  @Singleton
  BecomeSmartUseCase becomeSmart(InMemorySmartEntries entries, MutableClock clock) {
    return new BecomeSmartService(entries, clock);
  }

  @Singleton
  FindSmartContactsUseCase findSmart(SmartMatcher matcher) {
    return new FindSmartContactsService(matcher);
  }

  @Singleton
  ListMessagingContactsUseCase messagingContacts(CredentialGuard guard,
      InMemoryAddressBooks books, SmartMatcher matcher) {
    return new ListMessagingContactsService(guard, books, matcher);
  }
}
