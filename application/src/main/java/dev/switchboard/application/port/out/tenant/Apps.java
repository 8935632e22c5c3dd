package dev.switchboard.application.port.out.tenant;

import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Optional;

/** Driven port for the apps (Cloud IDs) this deployment serves. */
public interface Apps {

  Optional<App> find(CloudId cloudId);
}
