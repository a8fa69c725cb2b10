package dev.allotment.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy for network faults between a client and a server: it accepts on {@code
 * 127.0.0.1} at a free port and forwards every connection to {@code target}. {@link #cut()} drops
 * every live connection at once, as a broken network or a restarting API server does; {@link
 * #pause()} refuses new connections (each is closed as soon as it is accepted, so clients see a
 * dropped connection at once instead of hanging) until {@link #resume()}.
 */
public final class TcpProxy implements AutoCloseable {

  private final InetSocketAddress target;
  private final ServerSocket server;

  /** Live connections: client side to upstream side. */
  private final Map<Socket, Socket> live = new ConcurrentHashMap<>();

  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile boolean paused;

  private TcpProxy(InetSocketAddress target) throws IOException {
    this.target = target;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + port());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A proxy to {@code host:port}, accepting from now on. */
  public static TcpProxy to(String host, int port) {
    try {
      return new TcpProxy(new InetSocketAddress(host, port));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the proxy's port", e);
    }
  }

  /** The port clients connect to. */
  public int port() {
    return server.getLocalPort();
  }

  /** Closes every live connection, both sides; returns how many there were. */
  public int cut() {
    int connections = 0;
    for (var connection : live.entrySet()) {
      connections++;
      closeQuietly(connection.getKey());
      closeQuietly(connection.getValue());
      live.remove(connection.getKey());
    }
    return connections;
  }

  /** From now on, connections are accepted and closed at once. */
  public void pause() {
    paused = true;
  }

  public void resume() {
    paused = false;
  }

  /** Connections forwarded so far. */
  public int accepted() {
    return accepted.get();
  }

  /** Connections refused while paused. */
  public int refused() {
    return refused.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      if (paused) {
        refused.incrementAndGet();
        closeQuietly(client);
        continue;
      }
      Socket upstream = new Socket();
      try {
        upstream.connect(target, 5_000);
      } catch (IOException e) {
        closeQuietly(client);
        closeQuietly(upstream);
        continue;
      }
      accepted.incrementAndGet();
      live.put(client, upstream);
      pump(client, upstream, client);
      pump(upstream, client, client);
    }
  }

  /** Copies one direction; the first direction to end closes the connection. */
  private void pump(Socket from, Socket to, Socket client) {
    Thread t =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (SocketException e) {
                // cut, or the other side went away
              } catch (IOException e) {
                // same: a broken connection is what this proxy is for
              } finally {
                live.remove(client);
                closeQuietly(from);
                closeQuietly(to);
              }
            },
            "tcp-proxy-" + from.getPort() + "-to-" + to.getPort());
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // already closed
    }
    cut();
  }
}
