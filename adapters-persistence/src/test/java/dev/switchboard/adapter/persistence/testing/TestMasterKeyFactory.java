package dev.switchboard.adapter.persistence.testing;

import dev.switchboard.adapter.persistence.crypto.MasterKey;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** Provides the master key the bootstrap module provides in production; fixed for tests. */
@Factory
public class TestMasterKeyFactory {
  /** Fixed, so rows a previous run left in a kept test database stay readable. */
  public static final MasterKey KEY =
      new MasterKey("switchboard-test-master-key-0001".getBytes(StandardCharsets.US_ASCII));

  @Singleton
  MasterKey masterKey() {
    return KEY;
  }
}
