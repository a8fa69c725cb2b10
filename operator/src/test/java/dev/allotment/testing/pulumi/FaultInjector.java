package dev.allotment.testing.pulumi;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults injected into emulated provider calls. A target matches a resource's type token (e.g.
 * {@code kubernetes:core/v1:Namespace}), its name, its URN, or {@code "*"} for every resource.
 *
 * <p>Faults act where a real provider would be called: create, update and replace steps of {@code
 * up}, deletes (of {@code up} and {@code destroy}) and reads of {@code refresh}. Steps the engine
 * resolves without the provider ("same" steps, previews, stack and component resources) never meet
 * a fault, as with a real provider.
 */
public final class FaultInjector {

  /**
   * A provider call about to happen; {@code operation} is create, update, replace, delete or read.
   */
  record Call(String urn, String type, String operation) {
    boolean matches(String target) {
      return target.equals("*")
          || target.equals(type)
          || target.equals(urn)
          || target.equals(ResourceState.nameOf(urn));
    }
  }

  /** Surfaces like a provider's error: the step fails with exactly this message. */
  static final class ProviderFailureException extends RuntimeException {
    ProviderFailureException(String message) {
      super(message);
    }
  }

  /** The emulated CLI process "dies": nothing after this point is recorded. */
  static final class EmulatedCrashException extends RuntimeException {
    final String urn;
    final String operation;

    EmulatedCrashException(Call call) {
      super("emulated crash during " + call.operation() + " of " + call.urn());
      this.urn = call.urn();
      this.operation = call.operation();
    }
  }

  private enum Kind {
    FAIL,
    DELAY,
    BLOCK,
    CRASH
  }

  private record Rule(String target, Kind kind, String message, Duration delay, Gate gate) {}

  private final List<Rule> rules = new CopyOnWriteArrayList<>();

  /**
   * Every matching provider call fails with {@code providerMessage} (until {@link #clear}), the way
   * a provider rejects a request: the update fails and its error names the resource and the
   * message.
   */
  public FaultInjector failOn(String target, String providerMessage) {
    rules.add(new Rule(target, Kind.FAIL, providerMessage, null, null));
    return this;
  }

  /** Every matching provider call takes {@code delay} longer (until {@link #clear}). */
  public FaultInjector delayOn(String target, Duration delay) {
    rules.add(new Rule(target, Kind.DELAY, null, delay, null));
    return this;
  }

  /** Matching provider calls wait at the returned gate until it is released. */
  public Gate blockOn(String target) {
    Gate gate = new Gate();
    rules.add(new Rule(target, Kind.BLOCK, null, null, gate));
    return gate;
  }

  /**
   * The next matching provider call "kills" the CLI right after the provider acted and before the
   * engine recorded the result, like {@code kill -9} mid-update: the lock file stays, the
   * checkpoint keeps a pending operation for that resource, the cloud object exists, and the
   * command fails like a process that died. One-shot.
   */
  public FaultInjector crashOn(String target) {
    rules.add(new Rule(target, Kind.CRASH, null, null, null));
    return this;
  }

  /** Removes every fault and releases every gate. */
  public void clear() {
    rules.forEach(
        r -> {
          if (r.gate() != null) {
            r.gate().release();
          }
        });
    rules.clear();
  }

  void beforeProviderCall(Call call) {
    for (Rule rule : rules) {
      if (call.matches(rule.target())) {
        switch (rule.kind()) {
          case DELAY -> sleep(rule.delay());
          case BLOCK -> rule.gate().pass();
          case FAIL -> throw new ProviderFailureException(rule.message());
          case CRASH -> {}
        }
      }
    }
  }

  void afterProviderCall(Call call) {
    for (Rule rule : rules) {
      if (rule.kind() == Kind.CRASH && call.matches(rule.target()) && rules.remove(rule)) {
        throw new EmulatedCrashException(call);
      }
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during an injected delay", e);
    }
  }
}
