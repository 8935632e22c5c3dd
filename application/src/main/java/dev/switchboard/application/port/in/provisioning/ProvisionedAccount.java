package dev.switchboard.application.port.in.provisioning;

import dev.switchboard.domain.account.Account;
import dev.switchboard.domain.account.CloudSecret;
import dev.switchboard.domain.tenant.App;

/** Result: the account, its app, and the cloud secret to hand back as {@code cloud_password}. */
public record ProvisionedAccount(Account account, App app, CloudSecret cloudSecret, boolean created) {}
