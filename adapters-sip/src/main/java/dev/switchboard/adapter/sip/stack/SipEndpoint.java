package dev.switchboard.adapter.sip.stack;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
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
 * Owns Switchboard's one JAIN-SIP stack: UDP and TCP listening points on one address and port,
 * and the single {@link SipListener}. Traffic whose Call-ID is {@link #bind bound} goes to its
 * {@link SipSession}; any other out-of-dialog INVITE is offered to the
 * {@link InboundInviteHandler}s (none accepts: 404); stray requests are answered (OPTIONS 200,
 * BYE/CANCEL 481, others 405 or 481) and stray responses dropped. Also exposes the stack's
 * message, header and address factories.
 */
public final class SipEndpoint implements SipListener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SipEndpoint.class);
  private static final AtomicLong STACKS = new AtomicLong();
  private static final int PORT_TRIES = 20;
  private final SipEndpointSettings settings;
  private final List<InboundInviteHandler> handlers;
  private final Map<String, SipSession> sessions = new ConcurrentHashMap<>();
  private final List<Runnable> beforeStop = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final AtomicLong tags = new AtomicLong(System.nanoTime());
  private SipStack stack;
  private SipProvider udp;
  private SipProvider tcp;
  private MessageFactory messages;
  private HeaderFactory headers;
  private AddressFactory addresses;
  private int port;
  private volatile boolean running;

  public SipEndpoint(SipEndpointSettings settings, List<InboundInviteHandler> handlers) {
    this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
    List<InboundInviteHandler> sorted = new ArrayList<>(handlers);
    sorted.sort(Comparator.comparingInt(InboundInviteHandler::order));
    this.handlers = List.copyOf(sorted);
  }

  /** Creates the stack and starts listening; fails when the address or port is unavailable. */
  public synchronized void start() {
    if (running) {
      return;
    }
    try {
      SipFactory factory = SipFactory.getInstance();
      factory.setPathName("gov.nist");
      stack = factory.createSipStack(stackProperties());
      messages = factory.createMessageFactory();
      headers = factory.createHeaderFactory();
      addresses = factory.createAddressFactory();
      listen();
      udp.addSipListener(this);
      tcp.addSipListener(this);
      stack.start();
      running = true;
      LOG.info("SIP listening on {}:{} (UDP and TCP), advertised as {}",
          settings.listenAddress(), port, host());
    } catch (SipException | TooManyListenersException e) {
      stopQuietly();
      throw new IllegalStateException("The SIP stack could not start on "
          + settings.listenAddress() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
  }

  /** Stops listening and releases the stack's threads and sockets. */
  public void stop() {
    for (Runnable hook : beforeStop) {
      try {
        hook.run();
      } catch (RuntimeException e) {
        LOG.warn("SIP shutdown hook failed: {}", e.toString());
      }
    }
    stopStack();
  }

  private synchronized void stopStack() {
    if (stack == null) {
      return;
    }
    running = false;
    stopQuietly();
    LOG.info("SIP stopped");
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
    return running;
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
    return messages;
  }

  public HeaderFactory headerFactory() {
    return headers;
  }

  public AddressFactory addressFactory() {
    return addresses;
  }

  /** The provider for {@code transport} ({@code udp} or {@code tcp}, case-insensitive). */
  public SipProvider provider(String transport) {
    return "tcp".equalsIgnoreCase(transport) ? tcp : udp;
  }

  /** The host written into Via and Contact headers. */
  public String host() {
    return settings.advertisedHost().orElse(settings.listenAddress());
  }

  /** The port actually listened on (also when 0 was configured). */
  public int port() {
    return port;
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
      Response response = messages.createResponse(status, request);
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
      Response response = messages.createResponse(Response.BAD_REQUEST, event.getRequest());
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

  private Properties stackProperties() {
    Properties p = new Properties();
    p.setProperty("javax.sip.STACK_NAME", "switchboard-" + STACKS.incrementAndGet());
    p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
    p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(settings.threadPoolSize()));
    p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
    p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", "0");
    p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
    p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(settings.maxMessageBytes()));
    p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
    p.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
    return p;
  }

  private void listen() throws SipException {
    String address = settings.listenAddress();
    RuntimeException last = null;
    int tries = settings.port() == 0 ? PORT_TRIES : 1;
    for (int i = 0; i < tries; i++) {
      int candidate = settings.port() == 0 ? freePort(address) : settings.port();
      ListeningPoint udpPoint = null;
      ListeningPoint tcpPoint = null;
      try {
        udpPoint = stack.createListeningPoint(address, candidate, ListeningPoint.UDP);
        tcpPoint = stack.createListeningPoint(address, candidate, ListeningPoint.TCP);
        udp = stack.createSipProvider(udpPoint);
        tcp = stack.createSipProvider(tcpPoint);
        port = candidate;
        return;
      } catch (InvalidArgumentException | SipException | RuntimeException e) {
        last = new IllegalStateException(e.getMessage(), e);
        deleteQuietly(udpPoint);
        deleteQuietly(tcpPoint);
      }
    }
    throw new SipException("No usable port: " + (last == null ? "" : last.getMessage()));
  }

  private void deleteQuietly(ListeningPoint point) {
    if (point == null) {
      return;
    }
    try {
      stack.deleteListeningPoint(point);
    } catch (ObjectInUseException | RuntimeException ignored) {
      // Nothing else to release.
    }
  }

  private static int freePort(String address) {
    try (ServerSocket tcpSocket = new ServerSocket()) {
      tcpSocket.setReuseAddress(false);
      tcpSocket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
      int candidate = tcpSocket.getLocalPort();
      try (DatagramSocket udpSocket = new DatagramSocket(
          new InetSocketAddress(InetAddress.getByName(address), candidate))) {
        return udpSocket.getLocalPort();
      }
    } catch (IOException e) {
      return 0;
    }
  }

  private void stopQuietly() {
    SipStack s = stack;
    if (s == null) {
      return;
    }
    for (SipProvider provider : new SipProvider[] {udp, tcp}) {
      if (provider != null) {
        provider.removeSipListener(this);
        try {
          s.deleteSipProvider(provider);
        } catch (ObjectInUseException | RuntimeException ignored) {
          // The stack stops below anyway.
        }
      }
    }
    try {
      s.stop();
    } catch (RuntimeException e) {
      LOG.debug("Stopping the SIP stack: {}", e.toString());
    }
    stack = null;
    udp = null;
    tcp = null;
  }
}
