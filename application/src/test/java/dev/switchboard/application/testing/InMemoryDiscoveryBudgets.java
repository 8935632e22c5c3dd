package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.tenant.CloudId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link DiscoveryBudgets} with optimistic versions. */
public final class InMemoryDiscoveryBudgets implements DiscoveryBudgets {
  private final Map<String, DiscoveryBudget> budgets = new HashMap<>();

  @Override
  public synchronized Optional<DiscoveryBudget> find(CloudId cloudId, SipUsername username) {
    return Optional.ofNullable(budgets.get(cloudId + "|" + username));
  }

  @Override
  public synchronized boolean save(CloudId cloudId, SipUsername username, DiscoveryBudget next) {
    String key = cloudId + "|" + username;
    DiscoveryBudget current = budgets.get(key);
    long expected = next.version() - 1;
    if ((current == null && expected == 0) || (current != null && current.version() == expected)) {
      budgets.put(key, next);
      return true;
    }
    return false;
  }
}
