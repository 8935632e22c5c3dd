package dev.switchboard.application.service.contact;

import dev.switchboard.domain.contact.DiscoveryBudget;
import java.util.Objects;

/** Settings of contact sync: the size of a book and the contact-discovery budget. */
public record ContactSettings(int maxContactsPerBook, DiscoveryBudget.Policy discovery) {
  public static final ContactSettings DEFAULT = new ContactSettings(20_000, DiscoveryBudget.Policy.DEFAULT);

  public ContactSettings {
    Objects.requireNonNull(discovery, "'discovery' must not be null");
    if (maxContactsPerBook < 1) {
      throw new IllegalArgumentException("maxContactsPerBook must be positive");
    }
  }
}
