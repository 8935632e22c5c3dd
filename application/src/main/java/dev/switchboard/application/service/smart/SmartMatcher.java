package dev.switchboard.application.service.smart;

import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.List;
import java.util.Optional;

/**
 * Finds the smart contacts of one book, within its Cloud ID, and within the owner's Network ID
 * when the app isolates networks.
 */
public final class SmartMatcher {
  private final SmartEntries entries;
  private final Apps apps;

  public SmartMatcher(SmartEntries entries, Apps apps) {
    this.entries = entries;
    this.apps = apps;
  }

  public List<SmartContact> find(BookOwner owner, NetworkId ownNetwork) {
    boolean isolate = apps.find(owner.cloudId()).map(App::isolateNetworks).orElse(false);
    return entries.findInBook(owner, isolate ? Optional.of(ownNetwork) : Optional.empty());
  }
}
