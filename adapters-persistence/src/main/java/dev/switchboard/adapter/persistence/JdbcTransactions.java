package dev.switchboard.adapter.persistence;

import dev.switchboard.application.port.out.tx.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** One JDBC transaction around several port calls; adapters' writes join it. */
@Singleton
public final class JdbcTransactions implements Transactions {
  private final TransactionOperations<Connection> tx;

  JdbcTransactions(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public <T> T inOneTransaction(Supplier<T> work) {
    return tx.executeWrite(status -> work.get());
  }
}
