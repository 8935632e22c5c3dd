package dev.switchboard.adapter.http.provisioning;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.application.port.in.provisioning.ProvisionedAccount;
import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.SmsNumber;

/** The content of the Account XML ({@code <account>…</account>}) the app merges. */
final class AccountXml {
  private AccountXml() {}

  /** Fills {@code node} with the keys of the account, in the order the contract lists them. */
  static ObjectNode fill(ObjectNode node, ProvisionedAccount provisioned, PhoneNumber number) {
    Account account = provisioned.account();
    App app = provisioned.app();
    node.put("title", app.title());
    node.put("username", account.username().value());
    node.put("password", account.password().value());
    node.put("host", account.domain().value());
    if (!app.transport().isEmpty()) {
      node.put("transport", app.transport());
    }
    node.put("cloud_username", number.e164());
    node.put("cloud_password", provisioned.cloudSecret().value());
    node.put("networkId", account.networkId().value());
    node.put("callbackNumber", account.callbackNumber());
    if (!app.smsNumbers().isEmpty()) {
      ArrayNode numbers = node.putObject("smsNumbers").putArray("number");
      for (SmsNumber sms : app.smsNumbers()) {
        numbers.addObject().put("carrier", sms.carrier()).put("number", sms.number());
      }
    }
    app.reprovisioning().ifPresent(r -> {
      node.put("extProvUrl", r.url());
      node.put("extProvInterval", Long.toString(r.interval().toSeconds()));
    });
    // Custom key names are validated by AccountKey, so they are valid XML element names.
    account.customKeys().forEach(node::put);
    return node;
  }
}
