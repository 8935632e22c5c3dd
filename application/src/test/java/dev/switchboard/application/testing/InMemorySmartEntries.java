package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.contact.NumberedEntry;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory {@link SmartEntries}, reading books from an {@link InMemoryAddressBooks}. */
public final class InMemorySmartEntries implements SmartEntries {
  private final Map<String, SmartEntry> entries = new HashMap<>();
  private final InMemoryAddressBooks books;

  public InMemorySmartEntries(InMemoryAddressBooks books) {
    this.books = books;
  }

  @Override
  public synchronized List<SmartEntry> upsert(List<SmartEntry> upserts) {
    List<SmartEntry> created = new ArrayList<>();
    for (SmartEntry e : upserts) {
      if (entries.put(key(e.cloudId(), e.number().e164()), e) == null) {
        created.add(e);
      }
    }
    return created;
  }

  @Override
  public synchronized List<SmartContact> findInBook(BookOwner owner, Optional<NetworkId> network) {
    List<SmartContact> out = new ArrayList<>();
    for (NumberedEntry n : books.entriesOf(owner)) {
      if (n.number().isEmpty()) {
        continue;
      }
      SmartEntry e = entries.get(key(owner.cloudId(), n.number().get().e164()));
      if (e != null && !e.owner().equals(owner.username())
          && network.map(e.networkId()::equals).orElse(true)) {
        out.add(new SmartContact(n.contactId(), n.entryId(), e.number(), e.uri(), e.owner(),
            e.networkId(), e.updatedAt()));
      }
    }
    return out;
  }

  @Override
  public synchronized int removeOwner(CloudId cloudId, SipUsername owner) {
    int before = entries.size();
    entries.values().removeIf(e -> e.cloudId().equals(cloudId) && e.owner().equals(owner));
    return before - entries.size();
  }

  private static String key(CloudId cloudId, String e164) {
    return cloudId.value() + "|" + e164;
  }
}
