package dev.switchboard.adapter.persistence.account;

import dev.switchboard.adapter.persistence.crypto.SipPasswordCipher;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.AccountIdentity;
import dev.switchboard.domain.account.Credit;
import dev.switchboard.domain.account.SipDomain;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Translates between the {@link Account} aggregate and its rows. */
final class AccountRows {
  private final SipPasswordCipher cipher;

  AccountRows(SipPasswordCipher cipher) {
    this.cipher = cipher;
  }

  AccountRow accountRow(Account account, Instant now) {
    return new AccountRow(null, account.cloudId().value(), account.username().value(),
        cipher.encrypt(account.username(), account.password()), account.domain().value(),
        account.networkId().value(), account.cloudSecretHash().encoded(),
        account.credit().amount(), account.createdAt(), now);
  }

  List<AccountNumberRow> numberRows(long accountId, Account account) {
    List<AccountNumberRow> rows = new ArrayList<>();
    for (PhoneNumber number : account.verifiedNumbers()) {
      rows.add(new AccountNumberRow(account.cloudId().value(), number.e164(), accountId,
          number.digits(), rows.size()));
    }
    return rows;
  }

  List<AccountKeyRow> keyRows(long accountId, Account account) {
    List<AccountKeyRow> rows = new ArrayList<>();
    account.customKeys().forEach((name, value) ->
        rows.add(new AccountKeyRow(accountId, name, value, rows.size())));
    return rows;
  }

  Account account(AccountRow row, List<AccountNumberRow> numbers, List<AccountKeyRow> keys) {
    SipUsername username = new SipUsername(row.sipUsername());
    AccountIdentity identity = new AccountIdentity(username,
        cipher.decrypt(username, row.sipPasswordEnc()), new SipDomain(row.sipDomain()),
        new CloudId(row.cloudId()), new NetworkId(row.networkId()));
    Map<String, String> customKeys = new LinkedHashMap<>();
    keys.forEach(k -> customKeys.put(k.keyName(), k.keyValue()));
    return new Account(identity, numbers.stream().map(n -> new PhoneNumber(n.e164())).toList(),
        SecretHash.parse(row.cloudSecretHash()), new Credit(row.credit()), customKeys,
        row.createdAt());
  }
}
