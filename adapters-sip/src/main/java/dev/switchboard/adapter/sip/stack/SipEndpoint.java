package dev.switchboard.adapter.sip.stack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.AddressFactory;
import javax.sip.header.CallIdHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.ToHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Switchboard's one SIP endpoint: UDP and TCP on one address and port, and the single
 * {@link SipListener}. Traffic whose Call-ID is {@link #bind bound} goes to its
 * {@link SipSession}; any other out-of-dialog INVITE is offered to the
 * {@link InboundInviteHandler}s (none accepts: 404); stray requests are answered (OPTIONS 200,
 * BYE/CANCEL 481, others 405 or 481) and stray responses dropped. The stack itself (listening
 * points, start, stop, message/header/address factories) lives in {@link SipStackLifecycle}.
 */
public final class SipEndpoint implements SipListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
  private final SipStackLifecycle stack;
  private final List<InboundInviteHandler> handlers;
  private final Map<String, SipSession> sessions = new ConcurrentHashMap<>();
  private final List<Runnable> beforeStop = new CopyOnWriteArrayList<>();
  private final AtomicLong tags = new AtomicLong(System.nanoTime());

  public SipEndpoint(SipEndpointSettings settings, List<InboundInviteHandler> handlers) {
    this.stack = new SipStackLifecycle(settings);
    List<InboundInviteHandler> sorted = new ArrayList<>(handlers);
    sorted.sort(Comparator.comparingInt(InboundInviteHandler::order));
    this.handlers = List.copyOf(sorted);
  }

  /** Creates the stack and starts listening; fails when the address or port is unavailable. */
  public void start() {
    stack.start(this);
  }

  /** Runs the {@link #beforeStop} hooks, then stops listening and releases the stack. */
  public void stop() {
    for (Runnable hook : beforeStop) {
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.warn("SIP shutdown hook failed: {}", e.toString());
      }
    }
    stack.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** Runs {@code hook} at {@link #stop()}, before the stack stops (e.g. to end live calls). */
  public void beforeStop(Runnable hook) {
    beforeStop.add(hook);
  }

  public boolean isRunning() {
    return stack.isRunning();
  }

  /** Routes every message with {@code callId} to {@code session} until {@link #unbind}. */
  public void bind(String callId, SipSession session) {
    sessions.put(callId, session);
  }

  public void unbind(String callId) {
    sessions.remove(callId);
  }

  /** Number of Call-IDs currently bound (open dialogs of placed calls). */
  public int boundCallIds() {
    return sessions.size();
  }

  public MessageFactory messageFactory() {
    return stack.messageFactory();
  }

  public HeaderFactory headerFactory() {
    return stack.headerFactory();
  }

  public AddressFactory addressFactory() {
    return stack.addressFactory();
  }

  /** The provider for {@code transport} ({@code udp} or {@code tcp}, case-insensitive). */
  public SipProvider provider(String transport) {
    return stack.provider(transport);
  }

  /** The host written into Via and Contact headers. */
  public String host() {
    return stack.host();
  }

  /** The port actually listened on (also when 0 was configured). */
  public int port() {
    return stack.port();
  }

  /** A fresh tag for To/From headers. */
  public String newTag() {
    return Long.toHexString(tags.incrementAndGet()) + Long.toHexString(System.nanoTime() & 0xffff);
  }

  /**
   * Answers {@code request} with {@code status} on {@code transaction}, adding a To tag to
   * every non-100 response; failures to send are logged, never thrown.
   */
  public void respond(ServerTransaction transaction, Request request, int status) {
    try {
      Response response = stack.messageFactory().createResponse(status, request);
      ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
      if (status != Response.TRYING && to != null && to.getTag() == null) {
        to.setTag(newTag());
      }
      transaction.sendResponse(response);
    } catch (java.text.ParseException | SipException | InvalidArgumentException
        | RuntimeException e) {
      LOG.debug("Could not answer {} with {}: {}", request.getMethod(), status, e.toString());
    }
  }

  @Override
  public void processRequest(RequestEvent event) {
    Request request = event.getRequest();
    String method = request.getMethod();
    SipSession session = sessions.get(callId(request));
    try {
      if (Request.ACK.equals(method)) {
        if (session != null) {
          session.onRequest(event, null);
        }
        return;
      }
      ServerTransaction transaction = event.getServerTransaction();
      if (transaction == null) {
        SipProvider provider = (SipProvider) event.getSource();
        transaction = provider.getNewServerTransaction(request);
      }
      if (session != null) {
        session.onRequest(event, transaction);
      } else {
        stray(event, transaction);
      }
    } catch (javax.sip.TransactionUnavailableException e) {
      // A request the stack keeps no transaction for (e.g. an INVITE without Contact): 400.
      LOG.debug("Request {} refused: {}", method, e.toString());
      badRequest(event);
    } catch (SipException | RuntimeException e) {
      // Retransmissions that race their transaction, malformed requests: nothing to answer.
      LOG.debug("Request {} not handled: {}", method, e.toString());
    }
  }

  /** Answers 400 without a transaction (statelessly); failures are logged, never thrown. */
  private void badRequest(RequestEvent event) {
    try {
      Response response =
          stack.messageFactory().createResponse(Response.BAD_REQUEST, event.getRequest());
      ToHeader to = (ToHeader) response.getHeader(ToHeader.NAME);
      if (to != null && to.getTag() == null) {
        to.setTag(newTag());
      }
      ((SipProvider) event.getSource()).sendResponse(response);
    } catch (java.text.ParseException | SipException | RuntimeException e) {
      LOG.debug("Could not answer a malformed request: {}", e.toString());
    }
  }

  private void stray(RequestEvent event, ServerTransaction transaction) {
    Request request = event.getRequest();
    String method = request.getMethod();
    ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
    boolean outOfDialog = to == null || to.getTag() == null;
    if (Request.INVITE.equals(method) && outOfDialog) {
      for (InboundInviteHandler handler : handlers) {
        if (handler.accepts(request)) {
          try {
            handler.handle(event, transaction, this);
          } catch (RuntimeException e) {
            LOG.warn("Inbound INVITE handler {} failed: {}", handler.getClass().getSimpleName(),
                e.toString());
            respond(transaction, request, Response.SERVER_INTERNAL_ERROR);
          }
          return;
        }
      }
      respond(transaction, request, Response.NOT_FOUND);
    } else if (Request.OPTIONS.equals(method)) {
      respond(transaction, request, Response.OK);
    } else if (outOfDialog && !Request.BYE.equals(method) && !Request.CANCEL.equals(method)) {
      respond(transaction, request, Response.METHOD_NOT_ALLOWED);
    } else {
      respond(transaction, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST);
    }
  }

  @Override
  public void processResponse(ResponseEvent event) {
    SipSession session = sessions.get(callId(event.getResponse()));
    if (session == null) {
      return;
    }
    try {
      session.onResponse(event);
    } catch (RuntimeException e) {
      LOG.warn("Response handling failed: {}", e.toString());
    }
  }

  @Override
  public void processTimeout(TimeoutEvent event) {
    javax.sip.message.Message message = event.isServerTransaction()
        ? event.getServerTransaction().getRequest()
        : event.getClientTransaction().getRequest();
    SipSession session = sessions.get(callId(message));
    if (session != null) {
      try {
        session.onTimeout(event);
      } catch (RuntimeException e) {
        LOG.warn("Timeout handling failed: {}", e.toString());
      }
    }
  }

  @Override
  public void processIOException(IOExceptionEvent event) {
    LOG.debug("SIP I/O error towards {}:{}", event.getHost(), event.getPort());
  }

  @Override
  public void processTransactionTerminated(TransactionTerminatedEvent event) {
    // Nothing held per transaction.
  }

  @Override
  public void processDialogTerminated(DialogTerminatedEvent event) {
    // Sessions unbind themselves when their call ends.
  }

  private static String callId(javax.sip.message.Message message) {
    CallIdHeader header = message == null ? null : (CallIdHeader) message.getHeader(CallIdHeader.NAME);
    return header == null ? "" : header.getCallId();
  }
}
