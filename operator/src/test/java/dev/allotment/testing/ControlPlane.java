package dev.allotment.testing;

import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.jdkhttp.JdkHttpClientFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real Kubernetes control plane on loopback, as controller-runtime's envtest starts one: etcd,
 * kube-apiserver and kube-controller-manager from {@link TestAssets}, on free ports, with a
 * temporary data directory. No nodes: pods are never scheduled, but everything the operator relies
 * on is real — validation (OpenAPI and CEL), server-side apply, the status subresource, finalizers,
 * namespace termination, garbage collection, service-account tokens, RBAC.
 *
 * <p>Clients authenticate with static bearer tokens (an admin in {@code system:masters}, and the
 * controller manager as {@code system:kube-controller-manager}); the API server serves a
 * certificate it signs itself for {@code localhost} and {@code 127.0.0.1}, which is also the root
 * CA handed to service-account token Secrets.
 */
public final class ControlPlane implements AutoCloseable {

  private static final Duration START_DEADLINE = Duration.ofSeconds(120);
  private static final String SERVICE_ACCOUNT_ISSUER = "https://kubernetes.default.svc";

  private final Path dir;
  private final List<Process> processes = new ArrayList<>();
  private final String adminToken;
  private int apiPort;
  private String caPem;

  private ControlPlane(Path dir) {
    this.dir = dir;
    this.adminToken = randomToken();
  }

  /** Starts etcd, the API server and the controller manager; returns once they serve. */
  public static ControlPlane start() {
    TestAssets assets = TestAssets.kubernetes();
    Path dir;
    try {
      dir = Files.createTempDirectory("allotment-control-plane-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ControlPlane plane = new ControlPlane(dir);
    Thread stopper = new Thread(plane::stopProcesses, "control-plane-stopper");
    Runtime.getRuntime().addShutdownHook(stopper);
    try {
      plane.startAll(assets);
      return plane;
    } catch (RuntimeException | IOException e) {
      plane.close();
      throw new IllegalStateException(
          "the test control plane did not start; its logs are in " + dir + ": " + e.getMessage(),
          e);
    }
  }

  private void startAll(TestAssets assets) throws IOException {
    Instant deadline = Instant.now().plus(START_DEADLINE);
    int etcdPort = freePort();
    int etcdPeerPort = freePort();
    apiPort = freePort();

    Path etcdData = Files.createDirectories(dir.resolve("etcd"));
    String etcdUrl = "http://127.0.0.1:" + etcdPort;
    String peerUrl = "http://127.0.0.1:" + etcdPeerPort;
    launch(
        "etcd",
        List.of(
            assets.path("ETCD").toString(),
            "--name=default",
            "--data-dir=" + etcdData,
            "--listen-client-urls=" + etcdUrl,
            "--advertise-client-urls=" + etcdUrl,
            "--listen-peer-urls=" + peerUrl,
            "--initial-advertise-peer-urls=" + peerUrl,
            "--initial-cluster=default=" + peerUrl,
            // Test data only: skipping fsync makes every API write several times faster.
            "--unsafe-no-fsync=true",
            "--log-level=warn"));

    KeyPair serviceAccountKeys = rsaKeyPair();
    Path saKey = write("sa.key", pem("PRIVATE KEY", serviceAccountKeys.getPrivate().getEncoded()));
    Path saPub = write("sa.pub", pem("PUBLIC KEY", serviceAccountKeys.getPublic().getEncoded()));
    String controllerManagerToken = randomToken();
    Path tokens =
        write(
            "tokens.csv",
            adminToken
                + ",allotment-test-admin,allotment-test-admin,\"system:masters\"\n"
                + controllerManagerToken
                + ",system:kube-controller-manager,system:kube-controller-manager\n");
    Path certs = Files.createDirectories(dir.resolve("certs"));

    launch(
        "kube-apiserver",
        List.of(
            assets.path("KUBE_APISERVER").toString(),
            "--etcd-servers=" + etcdUrl,
            "--bind-address=127.0.0.1",
            "--advertise-address=127.0.0.1",
            "--secure-port=" + apiPort,
            "--cert-dir=" + certs,
            "--token-auth-file=" + tokens,
            "--authorization-mode=RBAC",
            "--service-cluster-ip-range=10.96.0.0/16",
            // A loopback address cannot go into the kubernetes Service's endpoints.
            "--endpoint-reconciler-type=none",
            "--service-account-issuer=" + SERVICE_ACCOUNT_ISSUER,
            "--service-account-key-file=" + saPub,
            "--service-account-signing-key-file=" + saKey,
            "--api-audiences=" + SERVICE_ACCOUNT_ISSUER,
            "--allow-privileged=true",
            "--v=1"));

    waitForApiServer(certs.resolve("apiserver.crt"), deadline);

    Path controllerManagerKubeconfig =
        write(
            "controller-manager.kubeconfig",
            kubeconfig("system:kube-controller-manager", controllerManagerToken));
    launch(
        "kube-controller-manager",
        List.of(
            assets.path("KUBE_CONTROLLER_MANAGER").toString(),
            "--kubeconfig=" + controllerManagerKubeconfig,
            "--authentication-kubeconfig=" + controllerManagerKubeconfig,
            "--authorization-kubeconfig=" + controllerManagerKubeconfig,
            // Everything that works without nodes, cloud or networking: the namespace controller,
            // the garbage collector, service accounts and their tokens, quotas among them.
            "--controllers=*,-nodeipam,-nodelifecycle,-cloud-node-lifecycle,-service,-route,"
                + "-attachdetach,-persistentvolume-binder,-persistentvolume-expander,-ttl",
            "--service-account-private-key-file=" + saKey,
            "--root-ca-file=" + certs.resolve("apiserver.crt"),
            "--use-service-account-credentials=true",
            "--leader-elect=false",
            "--bind-address=127.0.0.1",
            "--secure-port=" + freePort(),
            "--v=1"));

    try (KubernetesClient client = client()) {
      // The service-account controller creates "default" in every namespace: the controller
      // manager is up and acting.
      awaitUntil(
          "kube-controller-manager to create the default service account",
          deadline,
          () -> client.serviceAccounts().inNamespace("default").withName("default").get() != null);
    }
  }

  private void waitForApiServer(Path caFile, Instant deadline) throws IOException {
    awaitUntil(
        "kube-apiserver to write its serving certificate",
        deadline,
        () -> Files.exists(caFile) && Files.size(caFile) > 0);
    caPem = Files.readString(caFile);
    HttpClient http = HttpClient.newBuilder().sslContext(sslContext(caPem)).build();
    HttpRequest readyz =
        HttpRequest.newBuilder(URI.create(url() + "/readyz"))
            .header("Authorization", "Bearer " + adminToken)
            .timeout(Duration.ofSeconds(5))
            .build();
    awaitUntil(
        "kube-apiserver to answer /readyz",
        deadline,
        () -> {
          try {
            return http.send(readyz, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
          } catch (IOException notYet) {
            return false;
          }
        });
  }

  /** Polls until the condition holds; fails at once if a component exits, or at the deadline. */
  private void awaitUntil(String what, Instant deadline, Callable<Boolean> condition) {
    try {
      await("the control plane: " + what)
          .atMost(Duration.between(Instant.now(), deadline))
          .pollInterval(Duration.ofMillis(100))
          .until(
              () -> {
                checkAlive();
                return condition.call();
              });
    } catch (ConditionTimeoutException e) {
      throw new IllegalStateException(e.getMessage() + "; logs:" + tails(), e);
    }
  }

  /** The API server's URL. */
  public String url() {
    return "https://127.0.0.1:" + apiPort;
  }

  /** A new client with cluster-admin rights; the caller closes it. */
  public KubernetesClient client() {
    // The JDK client, as the operator uses; with vert.x also on the test classpath fabric8 would
    // pick one at random.
    return new KubernetesClientBuilder()
        .withConfig(config())
        .withHttpClientFactory(new JdkHttpClientFactory())
        .build();
  }

  /**
   * A new client that acts as {@code user} in {@code groups}: the admin impersonating them, so the
   * API server authorizes and admits each request as theirs. The caller closes it.
   */
  public KubernetesClient clientAs(String user, String... groups) {
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(config())
                .withImpersonateUsername(user)
                .withImpersonateGroups(groups)
                .build())
        .withHttpClientFactory(new JdkHttpClientFactory())
        .build();
  }

  /**
   * How long a client waits for one answer of the API server. fabric8's 10 s is short for a 2-core
   * machine busy with builds, where a create has taken 37 s: a request that times out is sent
   * again, and a second create meets the first's object.
   */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

  /** The admin client configuration (token and the API server's CA). */
  public Config config() {
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(url())
        .withOauthToken(adminToken)
        .withCaCertData(Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.UTF_8)))
        .withNamespace("default")
        .withRequestTimeout((int) REQUEST_TIMEOUT.toMillis())
        .withConnectionTimeout((int) REQUEST_TIMEOUT.toMillis())
        .build();
  }

  /** A kubeconfig file for the admin, for kubectl and the Pulumi Kubernetes provider. */
  public Path adminKubeconfig() {
    Path file = dir.resolve("admin.kubeconfig");
    if (!Files.exists(file)) {
      try {
        write("admin.kubeconfig", kubeconfig("allotment-test-admin", adminToken));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return file;
  }

  /**
   * A kubeconfig file for the admin impersonating {@code user} in {@code groups}, for a client
   * outside the JVM (the Pulumi Kubernetes provider) that must act, and be admitted, as that user.
   */
  public Path kubeconfigAs(String user, String... groups) {
    StringBuilder impersonation = new StringBuilder("    as: " + user + "\n");
    if (groups.length > 0) {
      impersonation.append("    as-groups:\n");
      for (String group : groups) {
        impersonation.append("    - ").append(group).append("\n");
      }
    }
    String admin = kubeconfig("allotment-test-admin", adminToken);
    String token = "    token: " + adminToken + "\n";
    try {
      return write(
          "as-" + user.replaceAll("[^A-Za-z0-9-]", "_") + ".kubeconfig",
          admin.replace(token, token + impersonation));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** kubectl against this control plane. */
  public Kubectl kubectl() {
    return new Kubectl(TestAssets.kubernetes().path("KUBECTL"), clientEnvironment());
  }

  /** Environment that points kubectl and other clients at this control plane. */
  public Map<String, String> clientEnvironment() {
    return Map.of("KUBECONFIG", adminKubeconfig().toString());
  }

  @Override
  public void close() {
    stopProcesses();
    deleteRecursively(dir);
  }

  private synchronized void stopProcesses() {
    // The controller manager first, etcd last, so that no component logs its peers' deaths.
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process process = processes.get(i);
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    processes.clear();
  }

  private synchronized void launch(String name, List<String> command) throws IOException {
    Path log = dir.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(dir.toFile())
            .start();
    processes.add(process);
  }

  private synchronized void checkAlive() {
    for (Process process : processes) {
      if (!process.isAlive()) {
        String name = process.info().command().orElse("a control plane process");
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + "; logs: " + tails());
      }
    }
  }

  /** The last lines of each component's log, for a failure message. */
  private String tails() {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> logs = Files.list(dir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).sorted().toList()) {
        List<String> lines = Files.readAllLines(log);
        out.append("\n--- ").append(log.getFileName()).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 20), lines.size())
            .forEach(l -> out.append(l).append('\n'));
      }
    } catch (IOException e) {
      out.append("\n(cannot read the logs in ").append(dir).append(": ").append(e).append(')');
    }
    return out.toString();
  }

  private String kubeconfig(String user, String token) {
    String ca = Base64.getEncoder().encodeToString(caPem.getBytes(StandardCharsets.UTF_8));
    return String.join(
        "\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: test",
        "  cluster:",
        "    server: " + url(),
        "    certificate-authority-data: " + ca,
        "users:",
        "- name: " + user,
        "  user:",
        "    token: " + token,
        "contexts:",
        "- name: test",
        "  context:",
        "    cluster: test",
        "    user: " + user,
        "current-context: test",
        "");
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private static SSLContext sslContext(String caPem) {
    try {
      var keyStore = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
      keyStore.load(null, null);
      var certificates =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new java.io.ByteArrayInputStream(caPem.getBytes(StandardCharsets.UTF_8)));
      int i = 0;
      for (var certificate : certificates) {
        keyStore.setCertificateEntry("ca-" + i++, (X509Certificate) certificate);
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(keyStore);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException("cannot trust the API server's certificate", e);
    }
  }

  private static KeyPair rsaKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  private static String randomToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
