package dev.switchboard.application.port.out.webhook;

/** Driven port that posts one webhook request and reports the answer (bounded in time). */
public interface WebhookSender {

  SendResult send(OutgoingWebhook webhook);
}
