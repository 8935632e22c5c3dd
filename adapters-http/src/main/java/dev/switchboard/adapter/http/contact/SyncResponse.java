package dev.switchboard.adapter.http.contact;

import dev.switchboard.application.port.in.contact.BookStored;

/**
 * Answer of contact sync: the book now holds {@code contacts} with {@code numbers} distinct valid
 * numbers; {@code unparsedNumbers} tel entries are not valid numbers; {@code newNumbers} were new
 * to the user's books (charged to the discovery allowance).
 */
public record SyncResponse(int contacts, int numbers, int unparsedNumbers, int newNumbers) {

  static SyncResponse of(BookStored stored) {
    return new SyncResponse(stored.contacts(), stored.numbers(), stored.unparsedNumbers(),
        stored.newNumbers());
  }
}
