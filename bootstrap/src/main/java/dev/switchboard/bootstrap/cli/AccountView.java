package dev.switchboard.bootstrap.cli;

import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.phone.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.Map;

/** The account as the CLI prints it (never the SIP password or the cloud secret hash). */
final class AccountView {
  private AccountView() {}

  static Map<String, Object> of(Account account, String status) {
    Map<String, Object> view = new LinkedHashMap<>();
    if (status != null) {
      view.put("status", status);
    }
    view.put("username", account.username().value());
    view.put("domain", account.domain().value());
    view.put("cloudId", account.cloudId().value());
    view.put("networkId", account.networkId().value());
    view.put("numbers", account.verifiedNumbers().stream().map(PhoneNumber::e164).toList());
    view.put("credit", account.credit().amount().toPlainString());
    view.put("keys", account.customKeys());
    view.put("createdAt", account.createdAt().toString());
    return view;
  }
}
