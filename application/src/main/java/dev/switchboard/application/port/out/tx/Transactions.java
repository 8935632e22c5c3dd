package dev.switchboard.application.port.out.tx;

import java.util.function.Supplier;

/**
 * Driven port: run several port calls as one unit of work; writes made by ports that join the
 * caller's transaction are committed together or not at all.
 */
public interface Transactions {

  <T> T inOneTransaction(Supplier<T> work);
}
