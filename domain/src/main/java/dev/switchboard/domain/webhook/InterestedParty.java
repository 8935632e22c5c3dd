package dev.switchboard.domain.webhook;

import java.util.Objects;

/**
 * A user who has the new smart number in a device's address book: the {@code username} and
 * {@code device} of that book. Values are kept as given; the template escapes them.
 */
public record InterestedParty(String username, String device) {
  public InterestedParty {
    Objects.requireNonNull(username, "'username' must not be null");
    Objects.requireNonNull(device, "'device' must not be null");
  }
}
