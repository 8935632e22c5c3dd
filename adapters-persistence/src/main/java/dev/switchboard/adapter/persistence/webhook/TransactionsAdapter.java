package dev.switchboard.adapter.persistence.webhook;

import dev.switchboard.application.port.out.transaction.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The unit-of-work port on the default data source: one read-write transaction that every
 * persistence adapter called inside it joins.
 */
@Singleton
public final class TransactionsAdapter implements Transactions {
  private final TransactionOperations<Connection> tx;

  public TransactionsAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return tx.executeWrite(status -> work.get());
  }
}
