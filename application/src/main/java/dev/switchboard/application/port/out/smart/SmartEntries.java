package dev.switchboard.application.port.out.smart;

import dev.switchboard.domain.account.SipUsername;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.smart.SmartContact;
import dev.switchboard.domain.smart.SmartEntry;
import dev.switchboard.domain.tenant.CloudId;
import dev.switchboard.domain.tenant.NetworkId;
import java.util.List;
import java.util.Optional;

/** Driven port for smart entries: verified number to SIP URI, per Cloud ID. */
public interface SmartEntries {

  /**
   * Creates or updates the entries (one per number and Cloud ID); returns those that did not
   * exist before (an update of the URI is not "new").
   */
  List<SmartEntry> upsert(List<SmartEntry> entries);

  /**
   * The entries of {@code owner}'s book whose number has a smart entry in the book's Cloud ID
   * (and in {@code network} when given), excluding entries owned by the book's own user.
   */
  List<SmartContact> findInBook(BookOwner owner, Optional<NetworkId> network);

  /** Deletes every entry of the user; returns how many. */
  int removeOwner(CloudId cloudId, SipUsername owner);
}
