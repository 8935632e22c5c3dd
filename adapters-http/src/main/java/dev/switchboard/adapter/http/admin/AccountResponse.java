package dev.switchboard.adapter.http.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.phone.PhoneNumber;
import java.util.List;
import java.util.Map;

/** Admin view of an account; never carries the SIP password or the cloud secret hash. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AccountResponse(
    String username,
    String domain,
    String cloudId,
    String networkId,
    List<String> numbers,
    String credit,
    Map<String, String> keys,
    String createdAt) {

  static AccountResponse of(Account account) {
    return new AccountResponse(
        account.username().value(),
        account.domain().value(),
        account.cloudId().value(),
        account.networkId().value(),
        account.verifiedNumbers().stream().map(PhoneNumber::e164).toList(),
        account.credit().amount().toPlainString(),
        account.customKeys(),
        account.createdAt().toString());
  }
}
