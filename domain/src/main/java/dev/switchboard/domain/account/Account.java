package dev.switchboard.domain.account;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.security.SecretHash;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A SIP account provisioned for verified phone numbers of one app (Cloud ID). The same number
 * on the same Cloud ID always maps to the same account.
 */
public final class Account {
  private static final int MAX_CUSTOM_KEYS = 32;
  private final SipUsername username;
  private final SipPassword password;
  private final SipDomain domain;
  private final CloudId cloudId;
  private final NetworkId networkId;
  private final List<PhoneNumber> verifiedNumbers;
  private final Instant createdAt;
  private SecretHash cloudSecretHash;
  private Credit credit;
  private final Map<String, String> customKeys;

  public Account(AccountIdentity identity, List<PhoneNumber> verifiedNumbers,
      SecretHash cloudSecretHash, Credit credit, Map<String, String> customKeys, Instant createdAt) {
    Objects.requireNonNull(identity, "'identity' must not be null");
    this.username = identity.username();
    this.password = identity.password();
    this.domain = identity.domain();
    this.cloudId = identity.cloudId();
    this.networkId = identity.networkId();
    this.verifiedNumbers = List.copyOf(verifiedNumbers);
    if (this.verifiedNumbers.isEmpty()) {
      throw new IllegalArgumentException("An account needs at least one verified number");
    }
    this.cloudSecretHash = Objects.requireNonNull(cloudSecretHash, "'cloudSecretHash' must not be null");
    this.credit = Objects.requireNonNull(credit, "'credit' must not be null");
    this.customKeys = new LinkedHashMap<>();
    customKeys.forEach(this::putKey);
    this.createdAt = Objects.requireNonNull(createdAt, "'createdAt' must not be null");
  }

  /** A new account for a freshly verified number. */
  public static Account open(AccountIdentity identity, PhoneNumber number, SecretHash cloudSecretHash,
      Credit initialCredit, Instant now) {
    return new Account(identity, List.of(number), cloudSecretHash, initialCredit, Map.of(), now);
  }

  public boolean acceptsCloudSecret(String candidate) {
    return cloudSecretHash.matches(candidate);
  }

  /** A fresh PIN sign-in replaces the cloud secret; the previous one stops working. */
  public void replaceCloudSecret(SecretHash newHash) {
    this.cloudSecretHash = Objects.requireNonNull(newHash, "'newHash' must not be null");
  }

  public void setCredit(Credit newCredit) {
    this.credit = Objects.requireNonNull(newCredit, "'newCredit' must not be null");
  }

  public void putKey(String name, String value) {
    AccountKey key = new AccountKey(name);
    AccountKey.checkValue(value);
    if (!customKeys.containsKey(key.name()) && customKeys.size() >= MAX_CUSTOM_KEYS) {
      throw new IllegalArgumentException("An account has at most " + MAX_CUSTOM_KEYS + " custom keys");
    }
    customKeys.put(key.name(), value);
  }

  public boolean removeKey(String name) {
    return customKeys.remove(name) != null;
  }

  /** The callback number: the custom {@code callbackNumber} key, else the verified number. */
  public String callbackNumber() {
    return Optional.ofNullable(customKeys.get("callbackNumber"))
        .orElse(verifiedNumbers.get(0).e164());
  }

  public AccountIdentity identity() {
    return new AccountIdentity(username, password, domain, cloudId, networkId);
  }

  public SipUsername username() {
    return username;
  }

  public SipPassword password() {
    return password;
  }

  public SipDomain domain() {
    return domain;
  }

  public CloudId cloudId() {
    return cloudId;
  }

  public NetworkId networkId() {
    return networkId;
  }

  public List<PhoneNumber> verifiedNumbers() {
    return verifiedNumbers;
  }

  public SecretHash cloudSecretHash() {
    return cloudSecretHash;
  }

  public Credit credit() {
    return credit;
  }

  /** Custom keys in the order they were set, for stable Account XML. */
  public Map<String, String> customKeys() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(customKeys));
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public String toString() {
    return "Account[" + username + "@" + domain + ", cloudId=" + cloudId + "]";
  }
}
