package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code account_numbers}: one verified number of an account on its Cloud ID. */
@MappedEntity("account_numbers")
record AccountNumberRow(
    String cloudId, String e164, long accountId, long numberDigits, int sortOrder) {}
