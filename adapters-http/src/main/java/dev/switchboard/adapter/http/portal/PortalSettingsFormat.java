package dev.switchboard.adapter.http.portal;

import java.util.List;

/** Renders the portal settings as text for people or as XML prefKeys for pasting. */
public final class PortalSettingsFormat {
  private PortalSettingsFormat() {}

  public static String text(PortalDeployment d, List<PortalService> services) {
    StringBuilder b = new StringBuilder()
        .append("# Switchboard portal settings for ").append(d.baseUrl())
        .append(", Cloud ID ").append(d.cloudId().value()).append('\n')
        .append("# Paste each value as it is: the app fills the %placeholders%.\n");
    for (PortalService s : services) {
      b.append('\n').append("[").append(s.name()).append("]  ").append(s.where()).append('\n');
      for (PortalSetting setting : s.settings()) {
        b.append(setting.key()).append(" = ").append(setting.value()).append('\n');
      }
      if (!s.note().isEmpty()) {
        b.append("# ").append(s.note()).append('\n');
      }
    }
    return b.toString();
  }

  public static String xml(PortalDeployment d, List<PortalService> services) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<!-- Switchboard portal settings for ").append(escape(d.baseUrl()))
        .append(", Cloud ID ").append(escape(d.cloudId().value())).append(" -->\n")
        .append("<prefKeys>\n");
    for (PortalService s : services) {
      b.append("  <!-- ").append(escape(s.name())).append(" -->\n");
      for (PortalSetting setting : s.settings()) {
        b.append("  <").append(setting.key()).append('>').append(escape(setting.value()))
            .append("</").append(setting.key()).append(">\n");
      }
    }
    return b.append("</prefKeys>\n").toString();
  }

  static String escape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("--", "-&#45;");
  }
}
