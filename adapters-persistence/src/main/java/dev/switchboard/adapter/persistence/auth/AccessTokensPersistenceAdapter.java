package dev.switchboard.adapter.persistence.auth;

import dev.switchboard.application.port.out.auth.AccessTokens;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.auth.IssuedToken;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stores issued tokens in {@code access_tokens} under their SHA-256 digest; the bearer token itself
 * never reaches the database.
 */
@Singleton
public final class AccessTokensPersistenceAdapter implements AccessTokens {
  private static final String SEPARATOR = ",";
  private final AccessTokenJdbcRepository repository;
  private final TransactionOperations<Connection> tx;

  public AccessTokensPersistenceAdapter(
      AccessTokenJdbcRepository repository, TransactionOperations<Connection> tx) {
    this.repository = repository;
    this.tx = tx;
  }

  @Override
  public void save(IssuedToken token) {
    AccessTokenRow row = toRow(token);
    tx.executeWrite(status -> {
      // Digests of 258-bit random tokens do not collide; replacing keeps "save" a plain put.
      if (repository.replace(row.digest(), row.cloudId(), row.networkId(), row.username(),
          row.numbers(), row.sipUri(), row.issuedAt(), row.expiresAt(), row.revoked()) == 0) {
        repository.save(row);
      }
      return null;
    });
  }

  @Override
  public Optional<IssuedToken> find(String digest) {
    return repository.findById(digest).map(AccessTokensPersistenceAdapter::toDomain);
  }

  @Override
  public boolean revoke(String digest) {
    return repository.revoke(digest) > 0;
  }

  @Override
  public int revokeAll(CloudId cloudId, SipUsername username) {
    return repository.revokeAll(cloudId.value(), username.value());
  }

  private static AccessTokenRow toRow(IssuedToken t) {
    Principal p = t.principal();
    String numbers = p.numbers().stream().map(PhoneNumber::e164)
        .collect(Collectors.joining(SEPARATOR));
    return new AccessTokenRow(t.digest(), p.cloudId().value(), p.networkId().value(),
        p.username().value(), numbers, p.sipUri().value(), t.issuedAt(), t.expiresAt(),
        t.revoked());
  }

  private static IssuedToken toDomain(AccessTokenRow row) {
    List<PhoneNumber> numbers = row.numbers().isEmpty() ? List.of()
        : Arrays.stream(row.numbers().split(SEPARATOR)).map(PhoneNumber::new).toList();
    Principal principal = new Principal(new CloudId(row.cloudId()),
        new NetworkId(row.networkId()), new SipUsername(row.username()), numbers,
        new SipUri(row.sipUri()));
    return new IssuedToken(row.digest(), principal, row.issuedAt(), row.expiresAt(),
        row.revoked());
  }
}
