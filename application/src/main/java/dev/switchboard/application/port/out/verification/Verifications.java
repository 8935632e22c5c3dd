package dev.switchboard.application.port.out.verification;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.PinVerification;
import java.util.Optional;

/** Driven port for the verification state of phone numbers (optimistically versioned). */
public interface Verifications {

  Optional<PinVerification> find(PhoneNumber number);

  /**
   * Stores {@code next} if the stored version is {@code next.version() - 1} (or, for version 1,
   * if none is stored). Returns false when another writer got there first.
   */
  boolean save(PinVerification next);
}
