package dev.switchboard.adapter.persistence.account;

import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code account_keys}: one custom Account XML key, at its position. */
@MappedEntity("account_keys")
record AccountKeyRow(long accountId, String keyName, String keyValue, int sortOrder) {}
