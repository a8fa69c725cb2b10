package dev.allotment.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The operator's HTTP port: {@code /metrics} (Prometheus text format), {@code /healthz} (liveness)
 * and {@code /readyz} (readiness). The JDK's own HTTP server is enough for three read-only
 * endpoints.
 */
public final class HttpEndpoints implements AutoCloseable {

  /** The paths the chart's probes and ServiceMonitor use; fixed, so the chart offers no value. */
  public static final String LIVENESS = "/healthz";

  public static final String READINESS = "/readyz";
  public static final String METRICS = "/metrics";

  private final HttpServer server;

  /**
   * @param live false when the process should be restarted
   * @param ready true once the controllers run and every informer is healthy
   * @param metrics the scrape text
   */
  public HttpEndpoints(
      int port, BooleanSupplier live, BooleanSupplier ready, Supplier<String> metrics)
      throws IOException {
    server = HttpServer.create(new InetSocketAddress(port), 0);
    server.setExecutor(
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "http-endpoints");
              t.setDaemon(true);
              return t;
            }));
    server.createContext(LIVENESS, exchange -> check(exchange, live));
    server.createContext(READINESS, exchange -> check(exchange, ready));
    server.createContext(
        METRICS,
        exchange ->
            respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.get()));
  }

  public void start() {
    server.start();
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  private static void check(HttpExchange exchange, BooleanSupplier probe) throws IOException {
    boolean ok = probe.getAsBoolean();
    respond(exchange, ok ? 200 : 503, "text/plain; charset=utf-8", ok ? "ok\n" : "not ok\n");
  }

  private static void respond(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
