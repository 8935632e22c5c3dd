package dev.switchboard.adapter.sip.stack;

import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.message.Request;

/**
 * Extension point for inbound calls: every out-of-dialog INVITE that does not belong to a call
 * Switchboard placed is offered to the handler beans in turn (ordered by {@link #order()}); the
 * first that {@link #accepts} it must answer it through the given server transaction (e.g. a
 * 302 redirect for call-through). When none accepts, the endpoint answers 404.
 *
 * <p>Handlers run on the stack's listener threads: answer quickly, never block on I/O for long,
 * and add a To tag to every non-100 response ({@link SipEndpoint#respond} does).
 */
public interface InboundInviteHandler {

  /** True when this handler takes {@code invite} (e.g. by its Request-URI user part). */
  boolean accepts(Request invite);

  /** Answers {@code event}'s INVITE on {@code transaction}; exceptions are answered 500. */
  void handle(RequestEvent event, ServerTransaction transaction, SipEndpoint endpoint);

  /** Lower runs first; handlers with equal order keep bean order. */
  default int order() {
    return 0;
  }
}
