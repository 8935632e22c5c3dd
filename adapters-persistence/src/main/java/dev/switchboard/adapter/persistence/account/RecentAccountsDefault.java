package dev.switchboard.adapter.persistence.account;

import dev.switchboard.application.port.out.account.RecentAccounts;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

/**
 * Keeps no recent accounts unless the application wires a {@link RecentAccountsCache} (bootstrap
 * does, from {@code switchboard.callthrough.account-cache-ttl}).
 */
@Factory
final class RecentAccountsDefault {

  @Singleton
  @Secondary
  RecentAccounts noRecentAccounts() {
    return RecentAccounts.none();
  }
}
