package dev.switchboard.application.port.out.verification;

import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.verification.Pin;

/**
 * Driven port that derives a PIN from a number and a random seed with a server-side secret, so
 * the same PIN can be re-sent while only its hash is stored.
 */
public interface PinGenerator {

  Pin derive(PhoneNumber number, String seed);
}
