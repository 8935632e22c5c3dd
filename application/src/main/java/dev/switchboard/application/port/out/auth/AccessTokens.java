package dev.switchboard.application.port.out.auth;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Optional;

/** Driven port for issued access tokens, keyed by the token's SHA-256 digest. */
public interface AccessTokens {

  void save(IssuedToken token);

  Optional<IssuedToken> find(String digest);

  /** Marks the token revoked; false when unknown. */
  boolean revoke(String digest);

  /** Revokes every token of a user; returns how many. */
  int revokeAll(CloudId cloudId, SipUsername username);
}
