package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allotment.testing.pulumi.EngineEventSink.Step;
import dev.allotment.testing.pulumi.FaultInjector.EmulatedCrashException;
import dev.allotment.testing.pulumi.FaultInjector.ProviderFailureException;
import io.grpc.Status;
import io.grpc.StatusException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/**
 * The engine side of one {@code up} or {@code preview}: turns the program's resource registrations
 * into steps against the previous checkpoint, the way the real engine's step generator does.
 *
 * <ul>
 *   <li>URNs are {@code urn:pulumi:<stack>::<project>::<parent types$>type::name}; a resource
 *       without a parent is parented to the stack.
 *   <li>A step is {@code create} (no previous state), {@code same} (inputs unchanged, the provider
 *       is not called), {@code replace} (a {@code replaceOnChanges} property or one the emulated
 *       provider declares changed, or {@code --replace}) or {@code update}.
 *   <li>Custom resources without an explicit provider get the package's default provider ({@code
 *       pulumi:providers:<pkg>::default_<version>}), which is kept in the checkpoint but never
 *       counted, like the real engine's default providers.
 *   <li>After a provider failure the engine takes no further steps; registrations still in flight
 *       are answered with the monitor-shut-down error the real engine gives the SDK.
 *   <li>Resources the program no longer declares are deleted after the program exits, only if
 *       everything succeeded, in reverse checkpoint order; protected ones fail the update.
 * </ul>
 */
final class ProgramDeployment {

  private static final String SHUT_DOWN =
      "resource monitor shut down while waiting on step's done channel";

  private final StackId stack;
  private final boolean dryRun;
  private final SnapshotJournal journal;
  private final Map<String, ResourceState> olds = new LinkedHashMap<>();
  private final EmulatedCloud cloud;
  private final EmulatedProvider provider;
  private final EngineEventSink events;
  private final Set<String> forcedReplacements;

  private final Object lock = new Object();
  private final Set<String> registered = new HashSet<>();
  private final Map<String, ResourceState> results = new LinkedHashMap<>();
  private final ChangeCounts counts = new ChangeCounts();
  private final List<String> diagnostics = new CopyOnWriteArrayList<>();
  private final List<String> programErrors = new CopyOnWriteArrayList<>();
  private volatile String rootUrn;
  private volatile boolean halted;
  private volatile EmulatedCrashException crash;

  ProgramDeployment(
      StackId stack,
      boolean dryRun,
      List<ResourceState> previous,
      SnapshotJournal journal,
      EmulatedCloud cloud,
      FaultInjector faults,
      EngineEventSink events,
      Set<String> forcedReplacements) {
    this.stack = stack;
    this.dryRun = dryRun;
    this.journal = journal;
    this.cloud = cloud;
    this.provider = new EmulatedProvider(cloud, faults);
    this.events = events;
    this.forcedReplacements = forcedReplacements;
    previous.forEach(r -> olds.put(r.urn(), r));
  }

  String rootUrn() {
    return rootUrn;
  }

  ChangeCounts counts() {
    return counts;
  }

  /** Failure diagnostics in the CLI's {@code type (name):\n error: message} layout. */
  List<String> diagnostics() {
    return diagnostics;
  }

  List<String> programErrors() {
    return programErrors;
  }

  boolean halted() {
    return halted;
  }

  EmulatedCrashException crash() {
    return crash;
  }

  RegisterResourceResponse register(RegisterResourceRequest request) throws StatusException {
    if (halted) {
      throw Status.UNAVAILABLE.withDescription(SHUT_DOWN).asException();
    }
    String type = request.getType();
    boolean isStack = ResourceState.STACK_TYPE.equals(type);
    String parent = request.getParent().isEmpty() && !isStack ? rootUrn : request.getParent();
    String urn = urnFor(type, request.getName(), parent);
    synchronized (lock) {
      if (!registered.add(urn)) {
        throw Status.INVALID_ARGUMENT
            .withDescription("Duplicate resource URN '" + urn + "'; try giving it a unique name")
            .asException();
      }
    }
    if (isStack) {
      rootUrn = urn;
    }
    ResourceState old = olds.get(urn);
    ObjectNode inputs = PropertyValues.fromStruct(request.getObject());
    keepIgnoredChanges(old, inputs, request.getIgnoreChangesList());
    boolean custom = request.getCustom();
    String providerRef =
        custom && !ResourceState.isProviderType(type) ? providerReference(request) : null;
    ResourceState candidate =
        new ResourceState(
            urn,
            custom,
            old == null ? null : old.id(),
            type,
            inputs,
            null,
            parent == null || parent.isEmpty() ? null : parent,
            request.getProtect(),
            List.copyOf(request.getDependenciesList()),
            providerRef,
            List.copyOf(request.getAdditionalSecretOutputsList()));
    List<String> diffs = old == null ? List.of() : PropertyValues.diffKeys(old.inputs(), inputs);
    String op = operation(old, candidate, diffs, request.getReplaceOnChangesList());

    events.resourcePre(new Step(op, urn, type, old, candidate, diffs), dryRun);
    ResourceState result;
    try {
      result = apply(op, old, candidate);
    } catch (ProviderFailureException e) {
      halted = true;
      diagnostics.add(type + " (" + request.getName() + "):\n    error: " + e.getMessage());
      events.diagnostic(urn, "error", e.getMessage());
      events.resourceFailed(new Step(op, urn, type, old, candidate, diffs));
      events.out(
          " " + symbol(op) + "  " + type + " " + request.getName() + " **" + failed(op) + "**");
      throw Status.UNAVAILABLE.withDescription(SHUT_DOWN).asException();
    } catch (EmulatedCrashException e) {
      halted = true;
      crash = e;
      throw Status.UNAVAILABLE.withDescription("transport is closing").asException();
    }
    synchronized (lock) {
      results.put(urn, result);
    }
    counts.add(op);
    events.resourceOutputs(new Step(op, urn, type, old, result, diffs), dryRun);
    if (!op.equals(ChangeCounts.SAME)) {
      events.out(" " + symbol(op) + "  " + type + " " + request.getName() + " " + past(op));
    }

    ObjectNode outputs = result.outputs() == null ? PropertyValues.object() : result.outputs();
    return RegisterResourceResponse.newBuilder()
        .setUrn(urn)
        .setId(result.id() == null ? "" : result.id())
        .setObject(
            PropertyValues.toStruct(
                request.getAcceptSecrets() ? outputs : (ObjectNode) PropertyValues.reveal(outputs)))
        .setStable(op.equals(ChangeCounts.SAME))
        .build();
  }

  void registerOutputs(String urn, ObjectNode outputs) throws StatusException {
    if (crash != null) {
      throw Status.UNAVAILABLE.withDescription("transport is closing").asException();
    }
    ResourceState updated;
    synchronized (lock) {
      ResourceState current = results.get(urn);
      if (current == null) {
        throw Status.NOT_FOUND.withDescription("unknown resource " + urn).asException();
      }
      updated = current.withOutputs(outputs);
      results.put(urn, updated);
    }
    journal.record(updated, null);
  }

  void log(LogRequest request) {
    if (halted || request.getSeverity() == LogSeverity.DEBUG) {
      // After a failed step the SDK only reports the monitor going away; the real CLI does not
      // show that noise either.
      return;
    }
    String severity = request.getSeverity().name().toLowerCase(Locale.ROOT);
    if (request.getSeverity() == LogSeverity.ERROR) {
      programErrors.add(request.getMessage());
    }
    events.diagnostic(request.getUrn(), severity, request.getMessage());
  }

  /**
   * Deletes what the program no longer declares; run after the program exited successfully. Throws
   * {@link EmulatedCrashException} if a crash was injected into a delete.
   */
  void deleteUndeclared() {
    List<ResourceState> gone = new ArrayList<>();
    for (ResourceState old : olds.values()) {
      if (!registered.contains(old.urn())) {
        gone.add(0, old);
      }
    }
    for (ResourceState old : gone) {
      if (halted) {
        return;
      }
      String name = ResourceState.nameOf(old.urn());
      if (old.protect()) {
        halted = true;
        String message =
            "unable to delete resource \""
                + old.urn()
                + "\"\nas it is currently marked for protection. To unprotect the resource, remove"
                + " the `protect` flag from the resource in your Pulumi program and run `pulumi"
                + " up`";
        diagnostics.add(old.type() + " (" + name + "):\n    error: " + message);
        events.diagnostic(old.urn(), "error", message);
        return;
      }
      Step step = new Step(ChangeCounts.DELETE, old.urn(), old.type(), old, null, List.of());
      events.resourcePre(step, dryRun);
      try {
        if (!dryRun) {
          provider.delete(old, journal);
        }
      } catch (ProviderFailureException e) {
        halted = true;
        diagnostics.add(old.type() + " (" + name + "):\n    error: " + e.getMessage());
        events.diagnostic(old.urn(), "error", e.getMessage());
        events.resourceFailed(step);
        return;
      }
      if (!ResourceState.isDefaultProvider(old.urn(), old.type())) {
        counts.add(ChangeCounts.DELETE);
        events.resourceOutputs(step, dryRun);
        events.out(" -  " + old.type() + " " + name + " deleted");
      }
    }
  }

  private ResourceState apply(String op, ResourceState old, ResourceState candidate) {
    String type = candidate.type();
    if (op.equals(ChangeCounts.SAME)) {
      ResourceState same = candidate.withIdAndOutputs(old.id(), old.outputs());
      journal.record(same, null);
      return same;
    }
    if (!candidate.custom()) {
      ResourceState component =
          candidate.withOutputs(old == null ? PropertyValues.object() : old.outputs());
      journal.record(component, null);
      return component;
    }
    if (ResourceState.isProviderType(type)) {
      String id =
          old != null && op.equals(ChangeCounts.UPDATE)
              ? old.id()
              : dryRun ? PropertyValues.UNKNOWN : UUID.randomUUID().toString();
      ResourceState provider = candidate.withIdAndOutputs(id, candidate.inputs().deepCopy());
      journal.record(provider, null);
      return provider;
    }
    if (dryRun) {
      // A preview never calls Create/Update: ids of new resources and outputs the provider would
      // compute stay unknown, which the SDK sees as an empty id and missing properties.
      String id = op.equals(ChangeCounts.UPDATE) ? old.id() : "";
      return candidate.withIdAndOutputs(id, candidate.inputs().deepCopy());
    }
    return provider.apply(op, candidate, old, journal);
  }

  private String operation(
      ResourceState old, ResourceState candidate, List<String> diffs, List<String> replaceOn) {
    if (old == null) {
      return ChangeCounts.CREATE;
    }
    boolean cloudResource = ResourceState.isCloudResource(candidate.custom(), candidate.type());
    if (cloudResource && forcedReplacements.contains(candidate.urn())) {
      return ChangeCounts.REPLACE;
    }
    if (diffs.isEmpty()) {
      return ChangeCounts.SAME;
    }
    if (cloudResource) {
      Set<String> paths = new HashSet<>(replaceOn);
      paths.addAll(cloud.replaceOnChanges(candidate.type()));
      for (String path : paths) {
        if (path.equals("*")
            || !PropertyValues.same(
                PropertyValues.at(old.inputs(), path),
                PropertyValues.at(candidate.inputs(), path))) {
          return ChangeCounts.REPLACE;
        }
      }
    }
    return ChangeCounts.UPDATE;
  }

  /** {@code ignoreChanges} keeps the previous value of a property, as the engine does. */
  private static void keepIgnoredChanges(
      ResourceState old, ObjectNode inputs, List<String> ignoreChanges) {
    if (old == null) {
      return;
    }
    for (String path : ignoreChanges) {
      JsonNode previous = PropertyValues.at(old.inputs(), path);
      if (previous != null) {
        PropertyValues.put(inputs, path, previous.deepCopy());
      }
    }
  }

  private String providerReference(RegisterResourceRequest request) {
    if (!request.getProvider().isEmpty()) {
      return request.getProvider();
    }
    String type = request.getType();
    String pkg = type.substring(0, type.indexOf(':'));
    String version = request.getVersion();
    String urn =
        stack.urnPrefix()
            + ResourceState.PROVIDER_TYPE_PREFIX
            + pkg
            + "::default"
            + (version.isEmpty() ? "" : "_" + version.replaceAll("[.\\-+]", "_"));
    synchronized (lock) {
      ResourceState existing = results.get(urn);
      if (existing == null) {
        ResourceState old = olds.get(urn);
        ObjectNode inputs = PropertyValues.object();
        if (!version.isEmpty()) {
          inputs.put("version", version);
        }
        String id =
            old != null ? old.id() : dryRun ? PropertyValues.UNKNOWN : UUID.randomUUID().toString();
        existing =
            new ResourceState(
                urn,
                true,
                id,
                ResourceState.PROVIDER_TYPE_PREFIX + pkg,
                inputs,
                inputs.deepCopy(),
                null,
                false,
                List.of(),
                null,
                List.of());
        registered.add(urn);
        results.put(urn, existing);
        journal.record(existing, null);
      }
      return urn + "::" + existing.id();
    }
  }

  private String urnFor(String type, String name, String parent) {
    String qualifiedType = type;
    if (parent != null && !parent.isEmpty()) {
      String parentType = qualifiedTypeOf(parent);
      if (!parentType.equals(ResourceState.STACK_TYPE)) {
        qualifiedType = parentType + "$" + type;
      }
    }
    return stack.urnPrefix() + qualifiedType + "::" + name;
  }

  private static String qualifiedTypeOf(String urn) {
    String[] parts = urn.split("::", 4);
    return parts.length == 4 ? parts[2] : "";
  }

  private static String symbol(String op) {
    return switch (op) {
      case ChangeCounts.CREATE -> "+";
      case ChangeCounts.UPDATE -> "~";
      case ChangeCounts.DELETE -> "-";
      case ChangeCounts.REPLACE -> "+-";
      default -> " ";
    };
  }

  private static String failed(String op) {
    return switch (op) {
      case ChangeCounts.CREATE -> "creating failed";
      case ChangeCounts.REPLACE -> "replacing failed";
      default -> "updating failed";
    };
  }

  private String past(String op) {
    if (dryRun) {
      return op.equals(ChangeCounts.SAME) ? "" : op;
    }
    return switch (op) {
      case ChangeCounts.CREATE -> "created";
      case ChangeCounts.UPDATE -> "updated";
      case ChangeCounts.REPLACE -> "replaced";
      default -> "";
    };
  }
}
