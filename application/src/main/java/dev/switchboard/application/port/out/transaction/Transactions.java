package dev.switchboard.application.port.out.transaction;

import java.util.function.Supplier;

/**
 * Driven port for a unit of work: the driven-port calls made inside {@code work} commit or roll
 * back together (ports that open their own transaction join this one).
 */
public interface Transactions {

  <T> T inTransaction(Supplier<T> work);

  /** Runs the work as it is, for ports without transactions (in-memory ones). */
  static Transactions direct() {
    return new Transactions() {
      @Override
      public <T> T inTransaction(Supplier<T> work) {
        return work.get();
      }
    };
  }
}
