package dev.switchboard.adapter.http.webhook;

import dev.switchboard.domain.webhook.WebhookSecret;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature: {@code v1,} + Base64 of HMAC-SHA256 over
 * {@code <webhook-id>.<webhook-timestamp>.<body>} with the decoded {@code whsec_} key.
 */
public final class WebhookSignature {
  private WebhookSignature() {}

  public static String sign(WebhookSecret secret, String webhookId, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
      byte[] signed = mac.doFinal((webhookId + "." + timestamp + "." + body)
          .getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(signed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
