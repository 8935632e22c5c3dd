package dev.switchboard.adapter.persistence.account;

import dev.switchboard.domain.account.Account;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.exceptions.DataAccessException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one whole account (its row, numbers and keys) with one statement: a {@code UNION ALL} of
 * the three tables, so the read is one round trip and one snapshot, with no transaction around
 * it. Runs unchanged on PostgreSQL and H2.
 */
final class AccountReads {
  private static final String PARTS = """
      SELECT 0 AS part, a.id, a.cloud_id, a.sip_username, a.sip_password_enc, a.sip_domain,
          a.network_id, a.cloud_secret_hash, a.credit, a.created_at, a.updated_at,
          CAST(NULL AS TEXT) AS item_name, CAST(NULL AS TEXT) AS item_value, 0 AS sort_order
        FROM a
      UNION ALL
      SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, n.e164, NULL,
          n.sort_order
        FROM account_numbers n JOIN a ON n.account_id = a.id
      UNION ALL
      SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, k.key_name,
          k.key_value, k.sort_order
        FROM account_keys k JOIN a ON k.account_id = a.id
      ORDER BY 1, 14""";
  private static final String BY_USERNAME =
      "WITH a AS (SELECT * FROM accounts WHERE sip_username = ?)\n" + PARTS;
  private static final String BY_NUMBER = "WITH a AS (SELECT acc.* FROM accounts acc"
      + " JOIN account_numbers num ON num.account_id = acc.id"
      + " WHERE num.cloud_id = ? AND num.e164 = ?)\n" + PARTS;
  private final ConnectionOperations<Connection> connections;
  private final AccountRows rows;

  AccountReads(ConnectionOperations<Connection> connections, AccountRows rows) {
    this.connections = connections;
    this.rows = rows;
  }

  Optional<Account> byUsername(String sipUsername) {
    return read(BY_USERNAME, sipUsername);
  }

  Optional<Account> byNumber(String cloudId, String e164) {
    return read(BY_NUMBER, cloudId, e164);
  }

  private Optional<Account> read(String sql, String... params) {
    return connections.executeRead(status -> {
      try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          statement.setString(i + 1, params[i]);
        }
        try (ResultSet rs = statement.executeQuery()) {
          return assemble(rs);
        }
      } catch (SQLException e) {
        throw new DataAccessException("Reading an account failed: " + e.getMessage(), e);
      }
    });
  }

  private Optional<Account> assemble(ResultSet rs)
      throws SQLException {
    AccountRow account = null;
    List<AccountNumberRow> numbers = new ArrayList<>(2);
    List<AccountKeyRow> keys = new ArrayList<>();
    while (rs.next()) {
      switch (rs.getInt(1)) {
        case 0 -> account = new AccountRow(rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getBytes(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getBigDecimal(9), rs.getObject(10, OffsetDateTime.class).toInstant(),
            rs.getObject(11, OffsetDateTime.class).toInstant());
        case 1 -> numbers.add(new AccountNumberRow(account.cloudId(), rs.getString(12),
            account.id(), 0L, rs.getInt(14)));
        default -> keys.add(new AccountKeyRow(account.id(), rs.getString(12), rs.getString(13),
            rs.getInt(14)));
      }
    }
    return account == null ? Optional.empty() : Optional.of(rows.account(account, numbers, keys));
  }
}
