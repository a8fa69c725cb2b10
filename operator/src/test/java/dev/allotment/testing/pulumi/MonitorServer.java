package dev.allotment.testing.pulumi;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC endpoint the program talks to during one {@code up}/{@code preview}: ResourceMonitor and
 * Engine on one loopback port. Calls run on their own threads, because an injected fault may hold a
 * registration while others proceed, as with a real engine.
 */
final class MonitorServer implements AutoCloseable {

  private static final int MAX_MESSAGE_BYTES = 400 * 1024 * 1024;

  private final Server server;
  private final ExecutorService executor;

  private MonitorServer(Server server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  static MonitorServer start(ProgramDeployment deployment) throws IOException {
    ExecutorService executor =
        Executors.newCachedThreadPool(
            runnable -> {
              Thread thread = new Thread(runnable, "pulumi-emulator-engine");
              thread.setDaemon(true);
              return thread;
            });
    Server server =
        NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
            .executor(executor)
            .maxInboundMessageSize(MAX_MESSAGE_BYTES)
            .addService(new ResourceMonitorService(deployment))
            .addService(new EngineService(deployment))
            .build()
            .start();
    return new MonitorServer(server, executor);
  }

  String address() {
    return InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
  }

  @Override
  public void close() {
    server.shutdownNow();
    try {
      server.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      executor.shutdownNow();
    }
  }
}
