package dev.switchboard.adapter.http.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The single source of the portal settings this version of Switchboard expects: the generator
 * prints them and the end-to-end test fills and sends every one of them to the running service,
 * so the two cannot drift apart. A capability adds its services by appending to {@link #SERVICES}.
 */
public final class PortalTemplates {
  public static final String FORM = "application/x-www-form-urlencoded";
  public static final String JSON = "application/json";

  /** Every service, in the order an operator configures them. */
  private static final List<Function<PortalDeployment, PortalService>> SERVICES = List.of(
      PortalTemplates::phoneNumberVerifier,
      PortalTemplates::externalProvisioning,
      PortalTemplates::externalAuthentication,
      PortalTemplates::webServiceContacts,
      PortalTemplates::webCallback,
      PortalTemplates::webCallThrough,
      PortalTemplates::smartContactNotification);

  private PortalTemplates() {}

  public static List<PortalService> forDeployment(PortalDeployment deployment) {
    List<PortalService> out = new ArrayList<>();
    SERVICES.forEach(s -> out.add(s.apply(deployment)));
    return List.copyOf(out);
  }

  static PortalService phoneNumberVerifier(PortalDeployment d) {
    return get("Phone Number Verifier", "Portal: white-label step, \"Phone number verifier url\"",
        new PortalSetting("phoneNumberVerifierUrl", "Phone number verifier url",
            d.url("/verify_number?number=%phoneNumber%&cloud_id=" + d.cloudId().value()
                + "&appid=%appid%&version=%version%&installid=%installid%")),
        "Sends the PIN by SMS; the text names the app configured for this Cloud ID.");
  }

  static PortalService externalProvisioning(PortalDeployment d) {
    return post("External Provisioning", "Portal: provisioning options (prefix InitialProvisioning)",
        "InitialProvisioning", "External provisioning",
        d.url("/provisioning"),
        "cloud_id=%fullcode%&cloud_username=%username%&cloud_password=%password%", FORM,
        "The PIN from the SMS arrives as %password%; the answer carries a long-lived "
            + "cloud_password the app re-provisions with.");
  }

  static PortalService externalAuthentication(PortalDeployment d) {
    return get("External Authentication", "Portal: SSO / contact sync, \"External authentication URL\"",
        new PortalSetting("externalAuthenticationUrl", "External authentication URL",
            d.url("/ext_auth")),
        "Called by the SSO server with username, host, password and cloud_id (GET or POST); "
            + "HTTPS only.");
  }

  static PortalService webServiceContacts(PortalDeployment d) {
    return post("Web Service Contacts (messaging contact source)",
        "Portal: contact sources (prefix wsContacts)", "wsContacts", "Contacts web service",
        d.url("/contacts"),
        "cloud_id=" + d.cloudId().value()
            + "&username=%account[username]%&password=%account[password]%", FORM,
        "Polled by the app (default every 180 s); answers Last-Modified and 304.");
  }

  static PortalService webCallback(PortalDeployment d) {
    return post("Web Callback", "Account XML keys (portal account options, or set per account)",
        "wcb_", "Web callback", d.url("/webcallback"),
        "username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%"
            + "&callbackNumber=%account[callbackNumber]%", FORM,
        "Answers 200 at once, then calls both parties through the SIP trunk; the password "
            + "travels only over HTTPS.");
  }

  static PortalService webCallThrough(PortalDeployment d) {
    return post("Web Call-Through", "Account XML keys (portal account options, or set per account)",
        "cth_ws_", "Call-through web service", d.url("/callthrough"),
        "username=%account[username]%&password=%account[password]%&targetNumber=%targetNumber%",
        FORM, "Answers the dial string (an access number, maybe with %account[x-cth-pin]% and "
            + "DTMF) by the call-through rules; the password travels only over HTTPS.");
  }

  /**
   * Switchboard is the contacts server here, so it sends the notification itself: these keys are
   * Switchboard settings of the app (not portal fields), with the portal's semantics.
   */
  static PortalService smartContactNotification(PortalDeployment d) {
    String app = d.cloudId().value().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    return new PortalService("Smart contact notification (Switchboard to your receiver)",
        "Switchboard settings: SWITCHBOARD_APPS_" + app + "_SMART_CONTACT_NOTIFICATION_URL, "
            + "…_POST_DATA, …_CONTENT_TYPE (and …_SECRET to sign)",
        new PortalSetting("smartContactNotificationUrl", "Smart contact notification URL",
            d.notificationUrl()), "POST",
        java.util.Optional.of(new PortalSetting("smartContactNotificationPostData",
            "Smart contact notification post data",
            "{\"newSmartNumber\":\"%new_smart_number%\",\"networkId\":\"%network_id%\","
                + "\"newSmartUri\":\"%new_smart_uri%\",\"interestedParties\":%interestedParties%}")),
        java.util.Optional.of(new PortalSetting("smartContactNotificationContentType",
            "Smart contact notification content type", JSON)),
        java.util.Optional.empty(),
        "Your receiver answers 204; other answers are retried (408, 429, 5xx) or dropped.");
  }

  /** A GET-only service configured by one URL field. */
  static PortalService get(String name, String where, PortalSetting url, String note) {
    return new PortalService(name, where, url, "GET", Optional.empty(), Optional.empty(),
        Optional.empty(), note);
  }

  /**
   * A POST service following the portal's prefix convention ({@code <prefix>Url}, …), or the
   * lower-case Account XML convention when {@code prefix} ends with {@code _}
   * ({@code wcb_url}, {@code wcb_postData}, {@code wcb_contentType}).
   */
  static PortalService post(String name, String where, String prefix, String label, String url,
      String postData, String contentType, String note) {
    boolean accountXml = prefix.endsWith("_");
    String u = accountXml ? "url" : "Url";
    String m = accountXml ? "method" : "Method";
    String p = accountXml ? "postData" : "PostData";
    String c = accountXml ? "contentType" : "ContentType";
    Optional<PortalSetting> method = accountXml ? Optional.empty()
        : Optional.of(new PortalSetting(prefix + m, label + " method", "POST"));
    return new PortalService(name, where, new PortalSetting(prefix + u, label + " URL", url), "POST",
        Optional.of(new PortalSetting(prefix + p, label + " post data", postData)),
        Optional.of(new PortalSetting(prefix + c, label + " content type", contentType)),
        method, note);
  }
}
