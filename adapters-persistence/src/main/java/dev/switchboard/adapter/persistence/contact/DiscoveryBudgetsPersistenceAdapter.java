package dev.switchboard.adapter.persistence.contact;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.tenant.CloudId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Optional;

/**
 * Stores discovery budgets in {@code discovery_budgets} with compare-and-set on their version: a
 * lost race is a {@code false} result, never an exception or an aborted caller transaction.
 */
@Singleton
public final class DiscoveryBudgetsPersistenceAdapter implements DiscoveryBudgets {
  private final DiscoveryBudgetJdbcRepository repository;
  private final RacingWrites writes;

  public DiscoveryBudgetsPersistenceAdapter(
      DiscoveryBudgetJdbcRepository repository, TransactionOperations<Connection> tx) {
    this.repository = repository;
    this.writes = new RacingWrites(tx);
  }

  @Override
  public Optional<DiscoveryBudget> find(CloudId cloudId, SipUsername username) {
    return repository.findByCloudIdAndUsername(cloudId.value(), username.value())
        .map(row -> new DiscoveryBudget(row.tokens(), row.updatedAt(), row.version()));
  }

  @Override
  public boolean save(CloudId cloudId, SipUsername username, DiscoveryBudget next) {
    if (next.version() < 1) {
      return false;
    }
    if (next.version() == 1) {
      return writes.attempt(() -> {
        repository.save(new DiscoveryBudgetRow(cloudId.value(), username.value(), next.tokens(),
            next.updatedAt(), next.version()));
        return true;
      });
    }
    return writes.attempt(() -> repository.updateIfVersion(cloudId.value(), username.value(),
        next.version() - 1, next.tokens(), next.updatedAt(), next.version()) == 1);
  }
}
