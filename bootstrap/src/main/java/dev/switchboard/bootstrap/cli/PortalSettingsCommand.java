package dev.switchboard.bootstrap.cli;

import dev.switchboard.adapter.http.portal.PortalDeployment;
import dev.switchboard.adapter.http.portal.PortalService;
import dev.switchboard.adapter.http.portal.PortalSettingsFormat;
import dev.switchboard.adapter.http.portal.PortalTemplates;
import dev.switchboard.domain.tenant.CloudId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints every setting the provider pastes into the app portal for this deployment. */
@Command(name = "portal-settings", mixinStandardHelpOptions = true,
    description = "Print the app portal settings (URL / post data templates, content types) "
        + "for a deployment, as text or as XML prefKeys.")
final class PortalSettingsCommand implements Callable<Integer> {
  private final CliSession session;

  @Option(names = "--base-url", required = true,
      description = "Public base URL of Switchboard as the apps reach it, e.g. https://sb.example.com")
  String baseUrl;

  @Option(names = "--cloud-id", required = true, description = "The app's Cloud ID, e.g. ACME")
  String cloudId;

  @Option(names = "--notification-url", defaultValue = PortalDeployment.EXAMPLE_RECEIVER,
      description = "Your receiver of smart contact notifications (default: an example URL)")
  String notificationUrl;

  @Option(names = "--format", defaultValue = "text",
      description = "text (default) or xml (prefKeys)")
  String format;

  PortalSettingsCommand(CliSession session) {
    this.session = session;
  }

  @Override
  public Integer call() {
    PortalDeployment deployment = new PortalDeployment(baseUrl, new CloudId(cloudId),
        notificationUrl);
    List<PortalService> services = PortalTemplates.forDeployment(deployment);
    String rendered = switch (format) {
      case "text" -> PortalSettingsFormat.text(deployment, services);
      case "xml" -> PortalSettingsFormat.xml(deployment, services);
      default -> throw new CliFailure(ExitCodes.USAGE,
          "--format must be text or xml, not '" + format + "'");
    };
    if (!deployment.secure()) {
      session.err().println("switchboard: warning: " + baseUrl + " is not HTTPS; the app sends "
          + "passwords only over HTTPS, so use this for local testing only");
      session.err().flush();
    }
    session.out().print(rendered);
    session.out().flush();
    return ExitCodes.OK;
  }
}
