package dev.allotment.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * A Helm chart repository on loopback serving one chart, packaged from the files a test gives: the
 * Kubernetes provider's Helm client downloads {@code index.yaml} and the chart archive from it as
 * from any repository.
 */
public final class ChartRepository implements AutoCloseable {

  private final HttpServer server;

  private ChartRepository(HttpServer server) {
    this.server = server;
  }

  /**
   * Packages chart {@code name} at {@code version} from {@code files} (paths inside the chart, such
   * as {@code templates/secret.yaml}; {@code Chart.yaml} is written here) under {@code dir} and
   * serves it.
   */
  public static ChartRepository serve(
      Path dir, String name, String version, Map<String, String> files) {
    try {
      Path chart = dir.resolve("chart").resolve(name);
      Files.createDirectories(chart);
      Files.writeString(
          chart.resolve("Chart.yaml"),
          "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n");
      for (var file : files.entrySet()) {
        Path path = chart.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue());
      }
      Path served = dir.resolve("served");
      Files.createDirectories(served);
      String archive = name + "-" + version + ".tgz";
      Process tar =
          new ProcessBuilder(
                  "tar",
                  "-czf",
                  served.resolve(archive).toString(),
                  "-C",
                  chart.getParent().toString(),
                  name)
              .inheritIO()
              .start();
      if (tar.waitFor() != 0) {
        throw new IllegalStateException("tar could not package chart " + name);
      }
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Files.writeString(
          served.resolve("index.yaml"),
          String.join(
              "\n",
              "apiVersion: v1",
              "entries:",
              "  " + name + ":",
              "  - apiVersion: v2",
              "    name: " + name,
              "    version: " + version,
              "    created: \"2026-01-01T00:00:00Z\"",
              "    digest: " + sha256(served.resolve(archive)),
              "    urls:",
              "    - " + url + "/" + archive,
              "generated: \"2026-01-01T00:00:00Z\"",
              ""));
      server.createContext(
          "/",
          exchange -> {
            Path file = served.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(served) || !Files.isRegularFile(file)) {
              exchange.sendResponseHeaders(404, -1);
              exchange.close();
              return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      return new ChartRepository(server);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
