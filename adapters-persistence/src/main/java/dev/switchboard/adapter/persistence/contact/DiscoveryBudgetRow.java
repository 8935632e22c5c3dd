package dev.switchboard.adapter.persistence.contact;

import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code discovery_budgets}: one user's token bucket at one version. */
@MappedEntity("discovery_budgets")
record DiscoveryBudgetRow(
    String cloudId, String username, double tokens, Instant updatedAt, long version) {}
