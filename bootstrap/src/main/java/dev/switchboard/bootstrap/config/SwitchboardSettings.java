package dev.switchboard.bootstrap.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.file.Path;

/** Top-level settings under {@code switchboard.*}. */
@ConfigurationProperties("switchboard")
public class SwitchboardSettings {
  private Mode mode = Mode.DEVELOPMENT;
  private Path dataDir = Path.of("data");
  private String encryptionKey;
  private String initialCredit = "0";

  public Mode getMode() {
    return mode;
  }

  public void setMode(Mode mode) {
    this.mode = mode;
  }

  public Path getDataDir() {
    return dataDir;
  }

  public void setDataDir(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Base64 of 32 random bytes; required in production. */
  @Nullable
  public String getEncryptionKey() {
    return encryptionKey;
  }

  public void setEncryptionKey(@Nullable String encryptionKey) {
    this.encryptionKey = encryptionKey;
  }

  public String getInitialCredit() {
    return initialCredit;
  }

  public void setInitialCredit(String initialCredit) {
    this.initialCredit = initialCredit;
  }

  public boolean isDevelopment() {
    return mode == Mode.DEVELOPMENT;
  }
}
