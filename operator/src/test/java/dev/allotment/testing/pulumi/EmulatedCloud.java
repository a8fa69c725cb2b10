package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The world the emulated providers act on: every custom resource an update created, keyed by URN,
 * with its id and current outputs. Updates write here; {@code refresh} reads here and reports any
 * difference from the checkpoint as drift, so a test can change or delete objects "out of band"
 * with {@link #mutate} and {@link #delete}.
 *
 * <p>A provider's behaviour is emulated as: outputs are the inputs, plus whatever a test's {@link
 * OutputHook} adds for the type (server-side defaults, status fields, ...), with {@code
 * additionalSecretOutputs} marked secret. Ids are deterministic: {@code <name>-<7 hex digits>} from
 * a counter.
 */
public final class EmulatedCloud {

  /** A value the hook wants marked secret, like a provider returning a secret output. */
  public record SecretValue(Object value) {}

  /** What a provider is asked to create or update. Values are plain Java, secrets revealed. */
  public record ProviderRequest(String urn, String type, String name, Map<String, Object> inputs) {}

  /** A test's stand-in for what a real provider computes on create or update. */
  @FunctionalInterface
  public interface OutputHook {
    /**
     * Outputs to add or override; wrap a value in {@link EmulatedCloud#secret} to mark it secret.
     */
    Map<String, Object> outputs(ProviderRequest request);
  }

  /** A cloud object as a test sees it: plain Java values, secrets revealed. */
  public record CloudObject(String urn, String type, String id, Map<String, Object> outputs) {}

  private record Entry(String urn, String type, String id, ObjectNode outputs) {}

  private final Map<String, Entry> objects = new LinkedHashMap<>();
  private final Map<String, OutputHook> hooks = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> replaceOnChanges = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(0x1a2b3c0);
  private final Set<String> numericIdTypes = ConcurrentHashMap.newKeySet();
  private final Map<String, String> idInputs = new ConcurrentHashMap<>();

  public static SecretValue secret(Object value) {
    return new SecretValue(value);
  }

  /** Registers what the emulated provider of {@code type} adds to a resource's outputs. */
  public EmulatedCloud onCreateOrUpdate(String type, OutputHook hook) {
    hooks.put(type, hook);
    return this;
  }

  /**
   * Gives new resources of {@code type} plain decimal ids, as providers whose ids are numbers do
   * (e.g. GitHub teams), instead of the default {@code <name>-<hex>}.
   */
  public EmulatedCloud numericIds(String type) {
    numericIdTypes.add(type);
    return this;
  }

  /**
   * Gives new resources of {@code type} the value of one of their inputs as id, as providers do
   * whose ids are names (e.g. a GitHub repository's id is its name). Like those providers, a create
   * of a name that is taken fails.
   */
  public EmulatedCloud idsFromInput(String type, String input) {
    idInputs.put(type, input);
    return this;
  }

  /**
   * Declares properties whose change forces a replacement (like a provider's Diff asking for
   * replace), e.g. {@code replaceOnChanges("kubernetes:core/v1:Namespace", "metadata.name")}.
   */
  public EmulatedCloud replaceOnChanges(String type, String... propertyPaths) {
    replaceOnChanges.put(type, Set.of(propertyPaths));
    return this;
  }

  /** Changes an object behind the engine's back: the given top-level outputs are replaced. */
  public void mutate(String urnOrName, Map<String, Object> changedOutputs) {
    update(
        urnOrName,
        outputs -> {
          changedOutputs.forEach((k, v) -> outputs.set(k, PropertyValues.fromJava(v)));
          return outputs;
        });
  }

  /** Changes an object behind the engine's back with an arbitrary edit of its outputs. */
  public synchronized void update(String urnOrName, UnaryOperator<ObjectNode> edit) {
    Entry entry = objects.get(resolve(urnOrName));
    ObjectNode edited = edit.apply(entry.outputs().deepCopy());
    objects.put(entry.urn(), new Entry(entry.urn(), entry.type(), entry.id(), edited));
  }

  /** Deletes an object behind the engine's back. */
  public synchronized void delete(String urnOrName) {
    objects.remove(resolve(urnOrName));
  }

  public synchronized Optional<CloudObject> find(String urnOrName) {
    String urn = tryResolve(urnOrName);
    if (urn == null) {
      return Optional.empty();
    }
    Entry e = objects.get(urn);
    @SuppressWarnings("unchecked")
    Map<String, Object> outputs = (Map<String, Object>) PropertyValues.toJava(e.outputs());
    return Optional.of(new CloudObject(e.urn(), e.type(), e.id(), outputs));
  }

  public synchronized boolean exists(String urnOrName) {
    return tryResolve(urnOrName) != null;
  }

  public synchronized List<String> urns() {
    return List.copyOf(objects.keySet());
  }

  // ---- used by the emulated engine ----

  /** Whether an object of {@code type} with {@code id} exists already (names are unique). */
  synchronized boolean idTaken(String type, String id) {
    return objects.values().stream().anyMatch(e -> e.type().equals(type) && e.id().equals(id));
  }

  /** Whether ids of {@code type} are names that a second create may not take again. */
  boolean uniqueIds(String type) {
    return idInputs.containsKey(type);
  }

  String newId(String type, String name, ObjectNode inputs) {
    String input = idInputs.get(type);
    if (input != null && inputs.hasNonNull(input)) {
      return inputs.get(input).asText();
    }
    long next = ids.incrementAndGet();
    return numericIdTypes.contains(type)
        ? Long.toString(next)
        : String.format("%s-%07x", name, next);
  }

  Set<String> replaceOnChanges(String type) {
    return replaceOnChanges.getOrDefault(type, Set.of());
  }

  ObjectNode computeOutputs(
      String urn, String type, ObjectNode inputs, List<String> additionalSecretOutputs) {
    ObjectNode outputs = inputs.deepCopy();
    OutputHook hook = hooks.get(type);
    if (hook != null) {
      @SuppressWarnings("unchecked")
      Map<String, Object> plainInputs = (Map<String, Object>) PropertyValues.toJava(inputs);
      var request = new ProviderRequest(urn, type, ResourceState.nameOf(urn), plainInputs);
      hook.outputs(request).forEach((k, v) -> outputs.set(k, PropertyValues.fromJava(v)));
    }
    for (String key : additionalSecretOutputs) {
      JsonNode value = outputs.get(key);
      if (value != null && !value.isNull()) {
        outputs.set(key, PropertyValues.secret(value));
      }
    }
    return outputs;
  }

  synchronized void put(String urn, String type, String id, ObjectNode outputs) {
    objects.put(urn, new Entry(urn, type, id, outputs.deepCopy()));
  }

  synchronized Optional<ObjectNode> read(String urn) {
    Entry e = objects.get(urn);
    return e == null ? Optional.empty() : Optional.of(e.outputs().deepCopy());
  }

  synchronized void remove(String urn) {
    objects.remove(urn);
  }

  private String resolve(String urnOrName) {
    String urn = tryResolve(urnOrName);
    if (urn == null) {
      throw new IllegalArgumentException(
          "no cloud object " + urnOrName + "; objects: " + objects.keySet());
    }
    return urn;
  }

  private String tryResolve(String urnOrName) {
    if (objects.containsKey(urnOrName)) {
      return urnOrName;
    }
    List<String> byName = new ArrayList<>();
    for (String urn : objects.keySet()) {
      if (ResourceState.nameOf(urn).equals(urnOrName)) {
        byName.add(urn);
      }
    }
    if (byName.size() > 1) {
      throw new IllegalArgumentException(urnOrName + " is ambiguous, use a URN: " + byName);
    }
    return byName.isEmpty() ? null : byName.get(0);
  }
}
