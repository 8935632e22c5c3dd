package dev.switchboard.adapter.sip.stack;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Objects;
import java.util.Properties;
import java.util.TooManyListenersException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sip.InvalidArgumentException;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;
import javax.sip.SipException;
import javax.sip.SipFactory;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.address.AddressFactory;
import javax.sip.header.HeaderFactory;
import javax.sip.message.MessageFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of the {@link SipEndpoint}'s one JAIN-SIP stack: its properties, the UDP and TCP
 * listening points on one address and port (a free one when 0 is configured), the providers that
 * feed the listener, start and stop; and the stack's message, header and address factories.
 */
final class SipStackLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(SipStackLifecycle.class);
  private static final AtomicLong STACKS = new AtomicLong();
  private static final int PORT_TRIES = 20;
  private final SipEndpointSettings settings;
  private SipListener listener;
  private SipStack stack;
  private SipProvider udp;
  private SipProvider tcp;
  private MessageFactory messages;
  private HeaderFactory headers;
  private AddressFactory addresses;
  private int port;
  private volatile boolean running;

  SipStackLifecycle(SipEndpointSettings settings) {
    this.settings = Objects.requireNonNull(settings, "'settings' must not be null");
  }

  /**
   * Creates the stack and starts listening, feeding {@code listener}; fails when the address or
   * port is unavailable. Does nothing while running.
   */
  synchronized void start(SipListener listener) {
    if (running) {
      return;
    }
    this.listener = listener;
    try {
      SipFactory factory = SipFactory.getInstance();
      factory.setPathName("gov.nist");
      stack = factory.createSipStack(stackProperties());
      messages = factory.createMessageFactory();
      headers = factory.createHeaderFactory();
      addresses = factory.createAddressFactory();
      listen();
      udp.addSipListener(listener);
      tcp.addSipListener(listener);
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

  /** Stops listening and releases the stack's threads and sockets; does nothing when stopped. */
  synchronized void stop() {
    if (stack == null) {
      return;
    }
    running = false;
    stopQuietly();
    LOG.info("SIP stopped");
  }

  boolean isRunning() {
    return running;
  }

  MessageFactory messageFactory() {
    return messages;
  }

  HeaderFactory headerFactory() {
    return headers;
  }

  AddressFactory addressFactory() {
    return addresses;
  }

  /** The provider for {@code transport} ({@code udp} or {@code tcp}, case-insensitive). */
  SipProvider provider(String transport) {
    return "tcp".equalsIgnoreCase(transport) ? tcp : udp;
  }

  /** The host written into Via and Contact headers. */
  String host() {
    return settings.advertisedHost().orElse(settings.listenAddress());
  }

  /** The port actually listened on (also when 0 was configured). */
  int port() {
    return port;
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
        provider.removeSipListener(listener);
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
