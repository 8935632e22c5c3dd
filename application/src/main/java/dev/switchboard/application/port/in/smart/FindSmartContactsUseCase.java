package dev.switchboard.application.port.in.smart;

import dev.switchboard.domain.smart.SmartContact;
import java.util.List;

/** Use case: which entries of a device's server-side book belong to users of this service. */
public interface FindSmartContactsUseCase {

  List<SmartContact> find(FindSmartContactsQuery query);
}
