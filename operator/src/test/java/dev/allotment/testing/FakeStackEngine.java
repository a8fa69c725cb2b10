package dev.allotment.testing;

import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackEngine;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackOutput;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.engine.StackResult;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fast, scriptable {@link StackEngine} for reconciler tests: it records every call, produces
 * outputs derived from the stack name (one of them secret), and can fail or hold operations. It
 * does not run programs; tests of the real Automation API path run the real engine instead.
 */
public final class FakeStackEngine implements StackEngine {

  /** One call, in order. */
  public record Call(OperationKind kind, StackRef ref) {}

  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<StackRef, Boolean> deployed = new ConcurrentHashMap<>();
  private final Deque<String> upFailures = new ArrayDeque<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger maxRunning = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private final AtomicInteger credentials = new AtomicInteger(1);
  private volatile boolean brokenKubeconfig;
  private volatile java.util.function.Consumer<Call> beforeOperation = call -> {};
  private final Map<StackRef, List<String>> drift = new ConcurrentHashMap<>();
  private final Map<StackRef, AtomicInteger> outputReads = new ConcurrentHashMap<>();

  /** How often the stack's outputs were read outside an operation. */
  public int outputReads(StackRef ref) {
    return Optional.ofNullable(outputReads.get(ref)).map(AtomicInteger::get).orElse(0);
  }

  @Override
  public StackResult up(StackRequest request) throws StackOperationException {
    return run(OperationKind.UP, request.ref());
  }

  @Override
  public StackResult preview(StackRequest request) throws StackOperationException {
    return run(OperationKind.PREVIEW, request.ref());
  }

  @Override
  public StackResult refresh(StackRequest request) throws StackOperationException {
    return run(OperationKind.REFRESH, request.ref());
  }

  @Override
  public StackResult destroy(StackRequest request) throws StackOperationException {
    return run(OperationKind.DESTROY, request.ref());
  }

  @Override
  public Map<String, StackOutput> outputs(StackRef ref) {
    outputReads.computeIfAbsent(ref, r -> new AtomicInteger()).incrementAndGet();
    return Boolean.TRUE.equals(deployed.get(ref)) ? outputsOf(ref) : Map.of();
  }

  @Override
  public void cancel(StackRef ref) {
    calls.add(new Call(null, ref));
  }

  private StackResult run(OperationKind kind, StackRef ref) throws StackOperationException {
    Instant start = Instant.now();
    calls.add(new Call(kind, ref));
    beforeOperation.accept(new Call(kind, ref));
    int now = running.incrementAndGet();
    maxRunning.accumulateAndGet(now, Math::max);
    try {
      if (!gate.await(60, TimeUnit.SECONDS)) {
        throw new StackOperationException(
            StackOperationException.Reason.UNAVAILABLE, "test gate never opened");
      }
      if (kind == OperationKind.UP) {
        String failure;
        synchronized (upFailures) {
          failure = upFailures.poll();
        }
        if (failure != null) {
          throw new StackOperationException(StackOperationException.Reason.FAILED, failure);
        }
        boolean existed = Boolean.TRUE.equals(deployed.put(ref, true));
        return new StackResult(
            kind,
            start,
            Instant.now(),
            existed ? Map.of("update", 1, "same", 2) : Map.of("create", 3),
            outputsOf(ref));
      }
      if (kind == OperationKind.DESTROY) {
        boolean existed = Boolean.TRUE.equals(deployed.remove(ref));
        return new StackResult(
            kind, start, Instant.now(), Map.of("delete", existed ? 3 : 0), Map.of());
      }
      if (kind == OperationKind.PREVIEW) {
        // A plan that differs with every preview, as a changed spec's plan would.
        long previews = count(OperationKind.PREVIEW, ref);
        List<String> plan =
            isDeployed(ref)
                ? List.of("update github:index/teamMembership:TeamMembership change-" + previews)
                : List.of(
                    "create azure-native:resources:ResourceGroup rg-" + previews,
                    "create kubernetes:core/v1:Namespace ns-" + previews);
        return new StackResult(
            kind, start, Instant.now(), Map.of("create", plan.size()), Map.of(), plan);
      }
      List<String> drifted = Optional.ofNullable(drift.remove(ref)).orElse(List.of());
      return new StackResult(
          kind, start, Instant.now(), Map.of("same", 3), outputsOf(ref), drifted);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackOperationException(StackOperationException.Reason.UNAVAILABLE, "interrupted");
    } finally {
      running.decrementAndGet();
    }
  }

  /** Outputs every deployed stack reports; {@code kubeconfig} is secret. */
  public Map<String, StackOutput> outputsOf(StackRef ref) {
    Map<String, StackOutput> outputs = new LinkedHashMap<>();
    if (ref.project().equals("allotment-cluster")) {
      String server = "https://" + ref.stack().replace('.', '-') + ".clusters.example.com";
      outputs.put("endpoint", StackOutput.plain(server));
      outputs.put("clusterId", StackOutput.plain("id-" + ref.stack()));
      outputs.put("kubernetesVersion", StackOutput.plain("1.31.1"));
      outputs.put(
          "kubeconfig",
          StackOutput.secret(
              brokenKubeconfig
                  ? "not a kubeconfig"
                  : clusterKubeconfig(server, clusterToken(ref))));
      return outputs;
    }
    outputs.put("namespace", StackOutput.plain(ref.stack().replace('.', '-')));
    outputs.put("resourceGroupName", StackOutput.plain("rg-" + ref.stack().replace('.', '-')));
    outputs.put("kubeconfig", StackOutput.secret(secretValue(ref)));
    return outputs;
  }

  /** The bearer token in a Cluster's kubeconfig; changes with {@link #rotateCredentials()}. */
  public String clusterToken(StackRef ref) {
    return "token-" + credentials.get() + "-" + ref.stack();
  }

  /** Clusters export a kubeconfig nobody can read (true) or a good one again (false). */
  public void breakKubeconfig(boolean broken) {
    brokenKubeconfig = broken;
  }

  /** The next ups hand out new cluster credentials, as a provider rotating them would. */
  public void rotateCredentials() {
    credentials.incrementAndGet();
  }

  /** The next refresh of the stack finds these resources changed behind its back. */
  public void drift(StackRef ref, String... resources) {
    drift.put(ref, List.of(resources));
  }

  /** Runs before every operation, on the operation's thread. */
  public void beforeOperation(java.util.function.Consumer<Call> hook) {
    beforeOperation = hook;
  }

  private static String clusterKubeconfig(String server, String token) {
    return String.join(
        "\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: c",
        "  cluster:",
        "    server: " + server,
        "    certificate-authority-data: Y2EtZGF0YQ==",
        "users:",
        "- name: u",
        "  user:",
        "    token: " + token,
        "contexts:",
        "- name: ctx",
        "  context: {cluster: c, user: u}",
        "current-context: ctx",
        "");
  }

  /** The secret output's value, for asserting it is published and nowhere else. */
  public static String secretValue(StackRef ref) {
    return "kubeconfig-token-for-" + ref.stack();
  }

  /** The next {@code count} ups fail with {@code message}. */
  public void failNextUps(int count, String message) {
    synchronized (upFailures) {
      for (int i = 0; i < count; i++) {
        upFailures.add(message);
      }
    }
  }

  /** Holds every operation until {@link #release()}. */
  public void hold() {
    gate = new CountDownLatch(1);
  }

  public void release() {
    gate.countDown();
  }

  public long count(OperationKind kind, StackRef ref) {
    return calls.stream().filter(c -> c.kind() == kind && c.ref().equals(ref)).count();
  }

  public long count(OperationKind kind) {
    return calls.stream().filter(c -> c.kind() == kind).count();
  }

  public boolean isDeployed(StackRef ref) {
    return Boolean.TRUE.equals(deployed.get(ref));
  }

  public int running() {
    return running.get();
  }

  /** The most operations that ever ran at once. */
  public int maxRunning() {
    return maxRunning.get();
  }
}
