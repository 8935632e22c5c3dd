package dev.switchboard.application.port.out.contact;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.DiscoveryBudget;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Optional;

/** Driven port for users' contact-discovery budgets (optimistically versioned). */
public interface DiscoveryBudgets {

  Optional<DiscoveryBudget> find(CloudId cloudId, SipUsername username);

  /** Stores {@code next} if the stored version is {@code next.version() - 1} (none for 1). */
  boolean save(CloudId cloudId, SipUsername username, DiscoveryBudget next);
}
