package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.tenant.CloudId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory {@link AccessTokens}. */
public final class InMemoryAccessTokens implements AccessTokens {
  private final ConcurrentHashMap<String, IssuedToken> tokens = new ConcurrentHashMap<>();

  @Override
  public void save(IssuedToken token) {
    tokens.put(token.digest(), token);
  }

  @Override
  public Optional<IssuedToken> find(String digest) {
    return Optional.ofNullable(tokens.get(digest));
  }

  @Override
  public boolean revoke(String digest) {
    return tokens.computeIfPresent(digest, (d, t) -> revoked(t)) != null;
  }

  @Override
  public int revokeAll(CloudId cloudId, SipUsername username) {
    int[] n = {0};
    tokens.replaceAll((d, t) -> {
      if (t.principal().cloudId().equals(cloudId) && t.principal().username().equals(username) && !t.revoked()) {
        n[0]++;
        return revoked(t);
      }
      return t;
    });
    return n[0];
  }

  private static IssuedToken revoked(IssuedToken t) {
    return new IssuedToken(t.digest(), t.principal(), t.issuedAt(), t.expiresAt(), true);
  }

  /** Housekeeping: deletes up to {@code limit} tokens that expired before {@code before}. */
  public synchronized int deleteExpired(Instant before, int limit) {
    List<String> digests = tokens.values().stream()
        .filter(t -> t.expiresAt().isBefore(before)).limit(limit).map(IssuedToken::digest)
        .toList();
    digests.forEach(tokens::remove);
    return digests.size();
  }
}
