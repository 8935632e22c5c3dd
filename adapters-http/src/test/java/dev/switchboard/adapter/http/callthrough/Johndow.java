package dev.switchboard.adapter.http.callthrough;

import dev.switchboard.application.testing.AccountFixtures;
import dev.switchboard.application.testing.InMemoryAccounts;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.account.SipPassword;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.NetworkId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The seed documents' user {@code johndow}, with {@code x-cth-pin} = 1234 in his Account XML. */
final class Johndow {
  static final SipUsername USERNAME = new SipUsername("johndow");
  static final String PASSWORD = "secretW0rd";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Johndow() {}

  /** (Re)creates johndow with {@code credit} and a fresh verified number; returns the account. */
  static Account create(InMemoryAccounts accounts, String credit) {
    accounts.remove(USERNAME);
    AccountIdentity identity = new AccountIdentity(USERNAME, new SipPassword(PASSWORD),
        new SipDomain("sip.example.com"), AccountFixtures.DEMO,
        NetworkId.of(AccountFixtures.DEMO));
    PhoneNumber number = AccountFixtures.aNumber();
    return accounts.addIfAbsent(new Account(identity, List.of(number),
        SecretHash.of("cloud-secret", RANDOM), Credit.of(credit), Map.of("x-cth-pin", "1234"),
        Instant.now()));
  }

  /** What the app does with the answer: expands {@code %account[key]%} from its Account XML. */
  static String appExpands(String dialString, Account account) {
    String expanded = dialString;
    for (Map.Entry<String, String> key : account.customKeys().entrySet()) {
      expanded = expanded.replace("%account[" + key.getKey() + "]%", key.getValue());
    }
    return expanded;
  }
}
