package dev.switchboard.application.port.in.auth;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Command: an app user's credentials for a paid service (web callback, call-through): the SIP
 * username with either the SIP password, or a {@code nonce} and {@code hash} = lowercase hex
 * SHA-1 of the UTF-8 string {@code nonce + password} (CONTRACTS.md); plus the caller's address.
 */
public record AppUserCredentials(String username, Optional<String> password,
    Optional<String> nonce, Optional<String> hash, String clientAddress) {
  private static final Pattern HEX40 = Pattern.compile("[0-9a-f]{40}");

  public AppUserCredentials {
    Objects.requireNonNull(password, "'password' must not be null");
    Objects.requireNonNull(nonce, "'nonce' must not be null");
    Objects.requireNonNull(hash, "'hash' must not be null");
    Objects.requireNonNull(clientAddress, "'clientAddress' must not be null");
    if (username == null || username.isBlank() || username.length() > 128) {
      throw new IllegalArgumentException("username must have 1 to 128 characters");
    }
    password.ifPresent(p -> {
      if (p.isEmpty() || p.length() > 128) {
        throw new IllegalArgumentException("password must have 1 to 128 characters");
      }
    });
    hash = hash.map(h -> h.strip().toLowerCase(Locale.ROOT));
    if (password.isEmpty() && (nonce.isEmpty() || hash.isEmpty())) {
      throw new IllegalArgumentException("Send the password, or a nonce and its hash.");
    }
    if (password.isPresent() && (nonce.isPresent() || hash.isPresent())) {
      throw new IllegalArgumentException("Send either the password or a nonce and hash, not both.");
    }
    nonce.ifPresent(n -> {
      if (n.isEmpty() || n.length() > 128 || n.chars().anyMatch(Character::isISOControl)) {
        throw new IllegalArgumentException("nonce must have 1 to 128 printable characters");
      }
    });
    hash.ifPresent(h -> {
      if (!HEX40.matcher(h).matches()) {
        throw new IllegalArgumentException("hash must be 40 hexadecimal digits (SHA-1)");
      }
    });
  }

  /** Username and password. */
  public static AppUserCredentials withPassword(String username, String password, String client) {
    return new AppUserCredentials(username, Optional.of(password), Optional.empty(),
        Optional.empty(), client);
  }

  /** Username, nonce and {@code sha1(nonce + password)}. */
  public static AppUserCredentials withNonce(String username, String nonce, String hash,
      String client) {
    return new AppUserCredentials(username, Optional.empty(), Optional.of(nonce),
        Optional.of(hash), client);
  }

  @Override
  public String toString() {
    return "AppUserCredentials[" + username + (password.isPresent() ? ", password" : ", nonce")
        + "]";
  }
}
