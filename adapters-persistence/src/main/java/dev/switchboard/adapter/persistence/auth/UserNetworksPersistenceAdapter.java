package dev.switchboard.adapter.persistence.auth;

import dev.switchboard.application.port.out.auth.UserNetworks;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads users' Network IDs from {@code access_tokens} (index {@code ix_access_tokens_user}), in
 * chunks of 500 names; the newest token of a user wins.
 */
@Singleton
public final class UserNetworksPersistenceAdapter implements UserNetworks {
  private static final int CHUNK = 500;
  private final TransactionOperations<Connection> tx;

  public UserNetworksPersistenceAdapter(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  @Override
  public Map<SipUsername, NetworkId> networksOf(CloudId cloudId,
      Collection<SipUsername> usernames) {
    List<SipUsername> names = List.copyOf(new java.util.LinkedHashSet<>(usernames));
    Map<SipUsername, NetworkId> out = new HashMap<>();
    if (names.isEmpty()) {
      return out;
    }
    return tx.executeRead(status -> {
      for (int from = 0; from < names.size(); from += CHUNK) {
        read(tx.getConnection(), cloudId, names.subList(from, Math.min(names.size(),
            from + CHUNK)), out);
      }
      return out;
    });
  }

  private static void read(Connection c, CloudId cloudId, List<SipUsername> names,
      Map<SipUsername, NetworkId> out) {
    String marks = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
    String sql = "SELECT username, network_id FROM access_tokens WHERE cloud_id = ?"
        + " AND username IN (" + marks + ") ORDER BY issued_at";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, cloudId.value());
      for (int i = 0; i < names.size(); i++) {
        ps.setString(i + 2, names.get(i).value());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(new SipUsername(rs.getString(1)), new NetworkId(rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException("Reading users' networks failed: " + e.getMessage(), e);
    }
  }
}
