package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.tx.Transactions;
import java.util.function.Supplier;

/** {@link Transactions} for in-memory fakes: runs the work directly (nothing to roll back). */
public final class DirectTransactions implements Transactions {
  @Override
  public <T> T inOneTransaction(Supplier<T> work) {
    return work.get();
  }
}
