package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.tenant.Apps;
import dev.switchboard.domain.tenant.App;
import dev.switchboard.domain.tenant.CloudId;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link Apps} from a fixed list. */
public final class FixedApps implements Apps {
  private final Map<CloudId, App> apps;

  public FixedApps(App... apps) {
    this.apps = Arrays.stream(apps).collect(Collectors.toMap(App::cloudId, Function.identity()));
  }

  @Override
  public Optional<App> find(CloudId cloudId) {
    return Optional.ofNullable(apps.get(cloudId));
  }
}
