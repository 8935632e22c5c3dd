package dev.switchboard.application.service.contact;

import dev.switchboard.application.port.out.contact.DiscoveryBudgets;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.error.ThrottledException;
import java.time.Duration;
import java.time.Instant;

/** Charges new numbers against a user's discovery budget; refuses (429) when it is spent. */
public final class DiscoveryCharge {
  private static final int MAX_RACES = 8;
  private final DiscoveryBudgets budgets;
  private final DiscoveryBudget.Policy policy;

  public DiscoveryCharge(DiscoveryBudgets budgets, DiscoveryBudget.Policy policy) {
    this.budgets = budgets;
    this.policy = policy;
  }

  public void charge(Principal p, int cost, Instant now) {
    if (cost == 0) {
      return;
    }
    for (int race = 0; race < MAX_RACES; race++) {
      DiscoveryBudget budget = budgets.find(p.cloudId(), p.username())
          .orElseGet(() -> DiscoveryBudget.fresh(policy, now));
      Duration wait = budget.waitFor(cost, policy, now);
      if (!wait.isZero()) {
        throw new ThrottledException("This upload adds " + cost + " numbers that are new to your "
            + "address books, more than the lookup allowance permits now. Please try again "
            + ThrottledException.humanWait(wait) + ".", wait);
      }
      if (budgets.save(p.cloudId(), p.username(), budget.charged(cost, policy, now))) {
        return;
      }
    }
    throw new ThrottledException("Another upload is in progress. Please try again.", Duration.ofSeconds(1));
  }
}
