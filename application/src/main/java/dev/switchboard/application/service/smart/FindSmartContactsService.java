package dev.switchboard.application.service.smart;

import dev.switchboard.application.port.in.smart.FindSmartContactsQuery;
import dev.switchboard.application.port.in.smart.FindSmartContactsUseCase;
import dev.switchboard.domain.auth.Principal;
import dev.switchboard.domain.contact.BookOwner;
import dev.switchboard.domain.smart.SmartContact;
import java.util.List;

/** Scans a device's server-side book for numbers that have a smart entry. */
public final class FindSmartContactsService implements FindSmartContactsUseCase {
  private final SmartMatcher matcher;

  public FindSmartContactsService(SmartMatcher matcher) {
    this.matcher = matcher;
  }

  @Override
  public List<SmartContact> find(FindSmartContactsQuery query) {
    Principal p = query.principal();
    return matcher.find(new BookOwner(p.cloudId(), p.username(), query.device()), p.networkId());
  }
}
