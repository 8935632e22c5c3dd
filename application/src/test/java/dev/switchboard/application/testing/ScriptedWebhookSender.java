package dev.switchboard.application.testing;

import dev.switchboard.application.port.out.webhook.OutgoingWebhook;
import dev.switchboard.application.port.out.webhook.SendResult;
import dev.switchboard.application.port.out.webhook.WebhookSender;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A {@link WebhookSender} that answers from a script (204 once it runs out) and records. */
public final class ScriptedWebhookSender implements WebhookSender {
  private final Deque<SendResult> script = new ArrayDeque<>();
  private final List<OutgoingWebhook> sent = new ArrayList<>();

  public synchronized ScriptedWebhookSender then(SendResult result) {
    script.add(result);
    return this;
  }

  @Override
  public synchronized SendResult send(OutgoingWebhook webhook) {
    sent.add(webhook);
    SendResult next = script.poll();
    return next == null ? new SendResult.Answered(204, java.util.Optional.empty()) : next;
  }

  public synchronized List<OutgoingWebhook> sent() {
    return List.copyOf(sent);
  }
}
