package dev.switchboard.adapter.persistence.smart;

import dev.switchboard.adapter.persistence.RacingWrites;
import dev.switchboard.application.port.out.smart.SmartEntries;
import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.phone.PhoneNumber;
import dev.switchboard.domain.smart.SipUri;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores smart entries in {@code smart_entries}. An upsert updates first and inserts only what is
 * missing; the primary key lets exactly one of several concurrent writers create an entry, so
 * "new" is reported once.
 */
@Singleton
public final class SmartEntriesPersistenceAdapter implements SmartEntries {
  private static final Logger LOG = LoggerFactory.getLogger(SmartEntriesPersistenceAdapter.class);
  private static final int MAX_ATTEMPTS = 8;
  // Rows are written in key order, so two upserts of overlapping numbers cannot deadlock.
  private static final Comparator<SmartEntry> KEY_ORDER = Comparator
      .comparing((SmartEntry e) -> e.cloudId().value())
      .thenComparingLong(e -> e.number().digits());
  private final SmartEntryJdbcRepository repository;
  private final TransactionOperations<Connection> tx;
  private final RacingWrites writes;

  public SmartEntriesPersistenceAdapter(
      SmartEntryJdbcRepository repository, TransactionOperations<Connection> tx) {
    this.repository = repository;
    this.tx = tx;
    this.writes = new RacingWrites(tx);
  }

  @Override
  public List<SmartEntry> upsert(List<SmartEntry> entries) {
    boolean[] created = new boolean[entries.size()];
    List<Integer> order = IntStream.range(0, entries.size()).boxed()
        .sorted(Comparator.comparing(entries::get, KEY_ORDER)).toList();
    tx.executeWrite(status -> {
      order.forEach(i -> created[i] = store(entries.get(i)));
      return null;
    });
    List<SmartEntry> out = new ArrayList<>();
    for (int i = 0; i < created.length; i++) {
      if (created[i]) {
        out.add(entries.get(i));
      }
    }
    return out;
  }

  @Override
  public List<SmartContact> findInBook(BookOwner owner, Optional<NetworkId> network) {
    String cloudId = owner.cloudId().value();
    String username = owner.username().value();
    String device = owner.device().value();
    List<SmartContactRow> rows = network.isPresent()
        ? repository.findInBookOnNetwork(cloudId, username, device, network.get().value())
        : repository.findInBook(cloudId, username, device);
    return rows.stream().map(SmartEntriesPersistenceAdapter::toDomain).toList();
  }

  @Override
  public int removeOwner(CloudId cloudId, SipUsername owner) {
    return repository.deleteByCloudIdAndOwnerUsername(cloudId.value(), owner.value());
  }

  /** True when the entry was created, false when an existing one was updated. */
  private boolean store(SmartEntry e) {
    SmartEntryRow row = new SmartEntryRow(e.cloudId().value(), e.number().digits(),
        e.networkId().value(), e.uri().value(), e.owner().value(), e.updatedAt());
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      if (repository.update(row.cloudId(), row.numberDigits(), row.networkId(), row.sipUri(),
          row.ownerUsername(), row.updatedAt()) == 1) {
        return false;
      }
      if (writes.attempt(() -> repository.save(row) != null)) {
        return true;
      }
      LOG.debug("Concurrent creation of one smart entry on {} (attempt {})", e.cloudId(), attempt);
      RacingWrites.backOff(attempt);
    }
    throw new IllegalStateException("A smart entry on " + e.cloudId()
        + " could not be stored after " + MAX_ATTEMPTS + " attempts: conflicting writes");
  }

  private static SmartContact toDomain(SmartContactRow r) {
    return new SmartContact(r.contactId(), r.entryId(), new PhoneNumber("+" + r.numberDigits()),
        new SipUri(r.sipUri()), new SipUsername(r.ownerUsername()), new NetworkId(r.networkId()),
        r.updatedAt());
  }
}
