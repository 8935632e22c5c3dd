package dev.switchboard.adapter.persistence.testing;

import static dev.switchboard.application.testing.AccountFixtures.aNumber;
import static dev.switchboard.application.testing.AccountFixtures.aVerifiedAccount;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.domain.account.Account;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the stored rows look like: passwords sealed, keys in order, children removed. */
public abstract class AbstractAccountsAtRestTest {

  protected abstract Accounts accounts();

  protected abstract DataSource dataSource();

  @Test
  void givenStoredAccount_passwordColumn_holdsNoPlaintext() throws SQLException {
    Account account = accounts().addIfAbsent(aVerifiedAccount(aNumber(), "s"));
    byte[] clear = account.password().value().getBytes(StandardCharsets.UTF_8);

    byte[] stored = rawBytes("SELECT sip_password_enc FROM accounts WHERE sip_username = ?",
        account.username().value());

    assertThat(stored).hasSize(1 + 12 + clear.length + 16);
    assertThat(stored[0]).isEqualTo((byte) 1);
    assertThat(indexOf(stored, clear)).isEqualTo(-1);
    assertThat(accounts().findByUsername(account.username()).orElseThrow().password())
        .isEqualTo(account.password());
  }

  @Test
  void givenKeysSetInNonAlphabeticalOrder_reread_keepsTheOrderTheyWereSet() {
    Account account = accounts().addIfAbsent(aVerifiedAccount(aNumber(), "s"));
    account.putKey("zulu", "1");
    account.putKey("alpha", "2");
    account.putKey("mike", "3");
    accounts().update(account);
    account.putKey("alpha", "changed");
    account.putKey("bravo", "4");

    accounts().update(account);

    assertThat(accounts().findByUsername(account.username()).orElseThrow().customKeys())
        .containsExactly(Map.entry("zulu", "1"), Map.entry("alpha", "changed"),
            Map.entry("mike", "3"), Map.entry("bravo", "4"));
  }

  @Test
  void givenAccountWithKeys_remove_deletesItsNumbersAndKeysToo() throws SQLException {
    Account account = accounts().addIfAbsent(aVerifiedAccount(aNumber(), "s"));
    account.putKey("x-cth-pin", "1234");
    accounts().update(account);
    long id =
        longValue("SELECT id FROM accounts WHERE sip_username = ?", account.username().value());
    String numbers = "SELECT COUNT(*) FROM account_numbers WHERE account_id = ?";
    String keys = "SELECT COUNT(*) FROM account_keys WHERE account_id = ?";
    assertThat(longValue(numbers, id)).isEqualTo(1);
    assertThat(longValue(keys, id)).isEqualTo(1);

    accounts().remove(account.username());

    assertThat(longValue(numbers, id)).isZero();
    assertThat(longValue(keys, id)).isZero();
  }

  private byte[] rawBytes(String sql, String param) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).as("row for %s", param).isTrue();
        return rs.getBytes(1);
      }
    }
  }

  private long longValue(String sql, Object param) throws SQLException {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getLong(1);
      }
    }
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    return -1;
  }
}
