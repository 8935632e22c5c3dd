package dev.switchboard.bootstrap.wiring;

import dev.switchboard.application.port.in.auth.AuthenticateAccountUseCase;
import dev.switchboard.application.port.in.auth.AuthorizeTokenUseCase;
import dev.switchboard.application.port.in.auth.IssueAccessTokenUseCase;
import dev.switchboard.application.port.in.auth.RevokeAccessTokenUseCase;
import dev.switchboard.application.port.in.contact.ListMessagingContactsUseCase;
import dev.switchboard.application.port.in.contact.UploadAddressBookUseCase;
import dev.switchboard.application.port.in.smart.BecomeSmartUseCase;
import dev.switchboard.application.port.in.smart.FindSmartContactsUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.application.port.out.auth.CredentialVerifier;
import dev.switchboard.application.port.out.contact.AddressBooks;
import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.transaction.Transactions;
import dev.switchboard.application.service.webhook.SmartContactNotifier;
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
import dev.switchboard.application.service.smart.BecomeSmartService;
import dev.switchboard.application.service.smart.FindSmartContactsService;
import dev.switchboard.application.service.smart.SmartMatcher;
import dev.switchboard.bootstrap.config.ConfiguredApps;
import dev.switchboard.bootstrap.config.SmartContactsProperties;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Wires External Authentication, SSO, contact sync and Smart Contacts. SSO checks credentials
 * through the {@code sso} verifier: the local accounts unless
 * {@code switchboard.smart-contacts.credential-source=remote} supplies a remote one.
 */
@Factory
public class SmartContactsFactory {

  @Singleton
  @Named("local")
  CredentialVerifier localVerifier(Accounts accounts, ConfiguredApps apps) {
    return new LocalCredentialVerifier(accounts, apps);
  }

  @Singleton
  @Named("sso")
  @Requires(property = "switchboard.smart-contacts.credential-source", value = "local",
      defaultValue = "local")
  CredentialVerifier ssoVerifier(@Named("local") CredentialVerifier local) {
    return local;
  }

  @Singleton
  @Named("local")
  CredentialGuard localGuard(@Named("local") CredentialVerifier verifier, RateLimiter limiter,
      Clock clock, SmartContactsProperties props) {
    return new CredentialGuard(verifier, limiter, clock, props.toAuthSettings());
  }

  @Singleton
  @Named("sso")
  CredentialGuard ssoGuard(@Named("sso") CredentialVerifier verifier, RateLimiter limiter,
      Clock clock, SmartContactsProperties props) {
    return new CredentialGuard(verifier, limiter, clock, props.toAuthSettings());
  }

  @Singleton
  AuthenticateAccountUseCase authenticateAccount(@Named("local") CredentialGuard guard) {
    return new AuthenticateAccountService(guard);
  }

  @Singleton
  IssueAccessTokenUseCase issueAccessToken(@Named("sso") CredentialGuard guard,
      AccessTokens tokens, Clock clock, SecureRandom random, SmartContactsProperties props) {
    return new IssueAccessTokenService(guard, tokens, clock, random, props.getTokenLifetime());
  }

  @Singleton
  AuthorizeTokenUseCase authorizeToken(AccessTokens tokens, Clock clock) {
    return new AuthorizeTokenService(tokens, clock);
  }

  @Singleton
  RevokeAccessTokenUseCase revokeAccessToken(AccessTokens tokens) {
    return new RevokeAccessTokenService(tokens);
  }

  @Singleton
  UploadAddressBookUseCase uploadAddressBook(AddressBooks books, DiscoveryBudgets budgets,
      Clock clock, SmartContactsProperties props) {
    ContactSettings settings = props.toContactSettings();
    return new UploadAddressBookService(books, new DiscoveryCharge(budgets, settings.discovery()),
        clock, settings);
  }

  @Singleton
  SmartMatcher smartMatcher(SmartEntries entries, ConfiguredApps apps) {
    return new SmartMatcher(entries, apps);
  }

  @Singleton
  BecomeSmartUseCase becomeSmart(SmartEntries entries, Clock clock, Transactions transactions,
      SmartContactNotifier notifier, WebhookWorker worker) {
    return new BecomeSmartService(entries, clock, transactions, notifier, worker);
  }

  @Singleton
  FindSmartContactsUseCase findSmartContacts(SmartMatcher matcher) {
    return new FindSmartContactsService(matcher);
  }

  @Singleton
  ListMessagingContactsUseCase listMessagingContacts(@Named("local") CredentialGuard guard,
      AddressBooks books, SmartMatcher matcher) {
    return new ListMessagingContactsService(guard, books, matcher);
  }
}
