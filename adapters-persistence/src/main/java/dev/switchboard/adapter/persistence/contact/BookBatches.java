package dev.switchboard.adapter.persistence.contact;

import dev.switchboard.domain.contact.Contact;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.phone.PhoneNumber;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Rewrites the contacts and number index of one book with JDBC batches on the caller's
 * connection (books have up to 20,000 contacts: no round trip per row).
 */
final class BookBatches {
  private static final int BATCH = 1_000;
  private static final String INSERT_CONTACT =
      "INSERT INTO book_contacts (book_id, sort_order, contact_id, body) VALUES (?, ?, ?, ?)";
  private static final String INSERT_NUMBER = "INSERT INTO book_numbers"
      + " (book_id, sort_order, contact_id, entry_id, raw, number_digits)"
      + " VALUES (?, ?, ?, ?, ?, ?)";
  private final ContactJson json;

  BookBatches(ContactJson json) {
    this.json = json;
  }

  void rewrite(Connection c, long bookId, List<Contact> contacts, List<NumberedEntry> entries) {
    try {
      delete(c, "DELETE FROM book_numbers WHERE book_id = ?", bookId);
      delete(c, "DELETE FROM book_contacts WHERE book_id = ?", bookId);
      insertContacts(c, bookId, contacts);
      insertNumbers(c, bookId, entries);
    } catch (SQLException e) {
      throw new DataAccessException("Storing address book " + bookId + " failed: "
          + e.getMessage(), e);
    }
  }

  private static void delete(Connection c, String sql, long bookId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, bookId);
      ps.executeUpdate();
    }
  }

  private void insertContacts(Connection c, long bookId, List<Contact> contacts)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_CONTACT)) {
      for (int i = 0; i < contacts.size(); i++) {
        Contact contact = contacts.get(i);
        ps.setLong(1, bookId);
        ps.setInt(2, i);
        ps.setString(3, contact.contactId());
        ps.setString(4, json.write(contact));
        ps.addBatch();
        if ((i + 1) % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }

  private static void insertNumbers(Connection c, long bookId, List<NumberedEntry> entries)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT_NUMBER)) {
      for (int i = 0; i < entries.size(); i++) {
        NumberedEntry e = entries.get(i);
        ps.setLong(1, bookId);
        ps.setInt(2, i);
        ps.setString(3, e.contactId());
        ps.setString(4, e.entryId());
        ps.setString(5, e.raw());
        if (e.number().isPresent()) {
          ps.setLong(6, e.number().map(PhoneNumber::digits).orElseThrow());
        } else {
          ps.setNull(6, Types.BIGINT);
        }
        ps.addBatch();
        if ((i + 1) % BATCH == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
