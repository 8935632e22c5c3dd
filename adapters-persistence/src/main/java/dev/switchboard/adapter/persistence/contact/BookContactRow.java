package dev.switchboard.adapter.persistence.contact;

import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code book_contacts}: one contact of a book, its fields as JSON in {@code body}. */
@MappedEntity("book_contacts")
record BookContactRow(long bookId, int sortOrder, String contactId, String body) {}
