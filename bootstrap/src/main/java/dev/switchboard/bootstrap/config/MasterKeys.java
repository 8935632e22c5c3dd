package dev.switchboard.bootstrap.config;

import dev.switchboard.domain.security.RandomTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the configured encryption key, or (development only) a generated one kept on disk. */
public final class MasterKeys {
  private static final Logger LOG = LoggerFactory.getLogger(MasterKeys.class);
  static final String DEV_KEY_FILE = "development-encryption.key";
  private static final int KEY_BYTES = 32;

  private MasterKeys() {}

  public static byte[] resolve(SwitchboardSettings settings) {
    String configured = settings.getEncryptionKey();
    if (configured != null && !configured.isBlank()) {
      return decode(configured.strip(), "switchboard.encryption-key (SWITCHBOARD_ENCRYPTION_KEY)");
    }
    if (!settings.isDevelopment()) {
      throw new IllegalStateException("Production mode needs an encryption key: set "
          + "SWITCHBOARD_ENCRYPTION_KEY to the Base64 of 32 random bytes (openssl rand -base64 32). "
          + "It encrypts SIP passwords at rest; keep it safe and never change it without re-encrypting.");
    }
    return developmentKey(settings.getDataDir());
  }

  private static byte[] developmentKey(Path dataDir) {
    Path file = dataDir.resolve(DEV_KEY_FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dataDir);
        byte[] key = RandomTokens.bytes(new SecureRandom(), KEY_BYTES);
        Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
        restrict(file);
      }
      LOG.warn("DEVELOPMENT MODE: SIP passwords are encrypted with a generated development key "
          + "kept in {}. Do not use this in production: set SWITCHBOARD_MODE=production and "
          + "SWITCHBOARD_ENCRYPTION_KEY.", file.toAbsolutePath());
      return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read or create the development key " + file + ": " + e.getMessage(), e);
    }
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(file, Set.copyOf(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException | IOException e) {
      LOG.warn("Could not restrict permissions of {}", file);
    }
  }

  private static byte[] decode(String base64, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not valid Base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(where + " must decode to 32 bytes, not " + key.length);
    }
    return key;
  }
}
