package dev.switchboard.adapter.sip.stack;

import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.TimeoutEvent;

/**
 * Something that owns SIP Call-IDs (a placed call's legs): the endpoint hands it every request,
 * response and timeout carrying one of its Call-IDs, bound with {@link SipEndpoint#bind}.
 */
public interface SipSession {

  /** A request in one of this session's dialogs; {@code transaction} is null for ACK. */
  void onRequest(RequestEvent event, ServerTransaction transaction);

  void onResponse(ResponseEvent event);

  void onTimeout(TimeoutEvent event);
}
