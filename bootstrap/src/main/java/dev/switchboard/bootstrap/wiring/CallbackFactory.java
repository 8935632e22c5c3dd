package dev.switchboard.bootstrap.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.adapter.http.callback.HttpCallEventWebhookAdapter;
import dev.switchboard.application.port.in.auth.AuthenticateAppUserUseCase;
import dev.switchboard.application.port.in.callback.FindCallbackUseCase;
import dev.switchboard.application.port.in.callback.RequestCallbackUseCase;
import dev.switchboard.application.port.out.account.Accounts;
import dev.switchboard.application.port.out.call.CallControl;
import dev.switchboard.application.port.out.call.CallEventWebhook;
import dev.switchboard.application.port.out.call.CallRecords;
import dev.switchboard.application.port.out.ratelimit.RateLimiter;
import dev.switchboard.application.service.callback.CallbackTracker;
import dev.switchboard.application.service.callback.FindCallbackService;
import dev.switchboard.application.service.callback.RequestCallbackService;
import dev.switchboard.bootstrap.config.CallbackProperties;
import dev.switchboard.domain.call.CreditCheck;
import dev.switchboard.domain.call.DestinationPolicy;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;

/** Wires web callback: the use cases, the live-call tracker and the optional webhook. */
@Factory
public class CallbackFactory {

  @Singleton
  CallEventWebhook callEventWebhook(CallbackProperties props, ObjectMapper json, Clock clock) {
    String url = props.getWebhookUrl() == null ? "" : props.getWebhookUrl().strip();
    if (url.isEmpty()) {
      return CallEventWebhook.NONE;
    }
    URI uri = URI.create(url);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalStateException("switchboard.callback.webhook-url must be an http(s) URL");
    }
    return new HttpCallEventWebhookAdapter(uri, props.getWebhookTimeout(), json, clock);
  }

  @Singleton
  CallbackTracker callbackTracker(CallRecords records, Accounts accounts, CreditCheck credit,
      CallEventWebhook webhook, Clock clock) {
    return new CallbackTracker(records, accounts, credit, webhook, clock);
  }

  @Singleton
  RequestCallbackUseCase requestCallback(AuthenticateAppUserUseCase auth,
      DestinationPolicy policy, CreditCheck credit, RateLimiter limiter, CallbackTracker tracker,
      CallControl calls, Clock clock, SecureRandom random, CallbackProperties props) {
    return new RequestCallbackService(auth, policy, credit, limiter, tracker, calls, clock, random,
        props.toSettings());
  }

  @Singleton
  FindCallbackUseCase findCallback(CallbackTracker tracker, CallRecords records) {
    return new FindCallbackService(tracker, records);
  }
}
