package dev.switchboard.application.service.auth;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.auth.CredentialVerifier;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;

/** Checks credentials against Switchboard's own accounts (constant-time password comparison). */
public final class LocalCredentialVerifier implements CredentialVerifier {
  private final Accounts accounts;
  private final Apps apps;

  public LocalCredentialVerifier(Accounts accounts, Apps apps) {
    this.accounts = accounts;
    this.apps = apps;
  }

  @Override
  public Optional<Principal> verify(CloudId cloudId, String username, Optional<String> host,
      String password) {
    Optional<Account> account;
    try {
      account = accounts.findByUsername(new SipUsername(username));
    } catch (IllegalArgumentException e) {
      account = Optional.empty();
    }
    byte[] given = password.getBytes(StandardCharsets.UTF_8);
    byte[] stored = account.map(a -> a.password().value()).orElse("\u0000 no such account")
        .getBytes(StandardCharsets.UTF_8);
    boolean passwordMatches = MessageDigest.isEqual(given, stored);
    return account
        .filter(a -> passwordMatches)
        .filter(a -> a.cloudId().equals(cloudId) && apps.find(cloudId).isPresent())
        .filter(a -> host.map(h -> sameHost(h, a.domain().value())).orElse(true))
        .map(a -> new Principal(a.cloudId(), a.networkId(), a.username(), a.verifiedNumbers(),
            SipUri.parse(a.identity().sipUri())));
  }

  private static boolean sameHost(String given, String domain) {
    String g = given.strip().toLowerCase(Locale.ROOT);
    String d = domain.toLowerCase(Locale.ROOT);
    return g.isEmpty() || g.equals(d) || d.startsWith(g + ":") || g.startsWith(d + ":");
  }
}
