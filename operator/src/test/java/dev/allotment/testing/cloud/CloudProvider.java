package dev.allotment.testing.cloud;

import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import pulumirpc.Plugin;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * A cloud we cannot reach, emulated at the Pulumi provider plugin boundary: a gRPC server speaking
 * Pulumi's {@code ResourceProvider} protocol, which the real Pulumi engine attaches to through
 * {@code PULUMI_DEBUG_PROVIDERS=<package>:<port>}. It is not a model of Pulumi: the engine, its
 * diffing, state, locks and pending operations are the real CLI's; this class only answers as the
 * cloud's provider would.
 *
 * <p>What it emulates, per resource type ({@link Kind}): ids the cloud generates; names unique in
 * their scope where the cloud enforces it (a second create fails with the cloud's "already exists"
 * message) or upserts where the cloud's API is a PUT; outputs the cloud computes; reads that show
 * what a test changed behind Pulumi's back ({@link #change}, {@link #removeBehindPulumisBack}); and
 * faults: failures, delays and hangs.
 */
public final class CloudProvider extends ResourceProviderGrpc.ResourceProviderImplBase
    implements AutoCloseable {

  /**
   * How the cloud treats one resource type: its id from the provider's configuration and the
   * resource's inputs, the name that must be unique (if the cloud enforces it), the outputs the
   * cloud computes, the properties whose change replaces the resource, and the output that carries
   * the id, if one does.
   */
  public record Kind(
      String type,
      BiFunction<Struct, Struct, String> id,
      Optional<Function<Struct, String>> uniqueName,
      BiFunction<Struct, Struct, Map<String, Value>> computed,
      List<String> replaceOnChanges,
      Optional<String> idOutput) {

    /** A type whose create is an upsert (Azure's PUT): a second create of the same id adopts. */
    public static Kind upsert(String type, BiFunction<Struct, Struct, String> id) {
      return new Kind(
          type, id, Optional.empty(), (config, in) -> Map.of(), List.of(), Optional.empty());
    }

    /** A type whose name is unique in its scope: a second create fails as the cloud's API does. */
    public static Kind unique(
        String type, BiFunction<Struct, Struct, String> id, Function<Struct, String> uniqueName) {
      return new Kind(
          type, id, Optional.of(uniqueName), (config, in) -> Map.of(), List.of(), Optional.empty());
    }

    public Kind computing(BiFunction<Struct, Struct, Map<String, Value>> outputs) {
      return new Kind(type, id, uniqueName, outputs, replaceOnChanges, idOutput);
    }

    public Kind replacingOnChangeOf(String... properties) {
      return new Kind(type, id, uniqueName, computed, List.of(properties), idOutput);
    }

    /** The cloud reports the id it generated as this output too (Graph's object ids). */
    public Kind withIdAs(String output) {
      return new Kind(type, id, uniqueName, computed, replaceOnChanges, Optional.of(output));
    }
  }

  /** One object in the cloud: its type, id and current state (the provider's outputs). */
  public record CloudObject(String type, String id, Struct state) {
    public String string(String property) {
      return CloudValues.string(state, property);
    }
  }

  /** A call the engine made, for tests that count them. */
  public record Call(String method, String type, String id) {}

  private final String packageName;
  private final String version;
  private final String alreadyExistsMessage;
  private final Map<String, Kind> kinds = new ConcurrentHashMap<>();
  private final Map<String, Function<Struct, Struct>> functions = new ConcurrentHashMap<>();
  private final Map<String, CloudObject> objects = new ConcurrentHashMap<>();
  private final Map<String, Fault> faults = new ConcurrentHashMap<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile Struct providerConfig = Struct.getDefaultInstance();
  private Server server;

  /** A fault a test injects for a resource type's creates and updates. */
  private record Fault(
      Optional<String> failure,
      Duration delay,
      Optional<CountDownLatch> hang,
      Optional<CountDownLatch> hangAfterCreate) {}

  /**
   * @param alreadyExistsMessage the cloud's error for a taken name; {@code %s} is the name
   */
  public CloudProvider(String packageName, String version, String alreadyExistsMessage) {
    this.packageName = packageName;
    this.version = version;
    this.alreadyExistsMessage = alreadyExistsMessage;
  }

  public CloudProvider kind(Kind kind) {
    kinds.put(kind.type(), kind);
    return this;
  }

  /** Answers invokes of the function token (e.g. a data source) with the function's result. */
  public CloudProvider function(String token, Function<Struct, Struct> result) {
    functions.put(token, result);
    return this;
  }

  /** Starts serving on a free loopback port; see {@link #debugProvider()}. */
  public CloudProvider start() {
    try {
      server =
          NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
              .addService(this)
              .build()
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the " + packageName + " test provider", e);
    }
    return this;
  }

  /** The {@code PULUMI_DEBUG_PROVIDERS} entry that attaches the engine to this provider. */
  public String debugProvider() {
    return packageName + ":" + server.getPort();
  }

  public String packageName() {
    return packageName;
  }

  /** The provider's configuration as the engine last configured it. */
  public Struct providerConfig() {
    return providerConfig;
  }

  // ---- what tests do to the cloud ----

  /** Every object of the type, in no particular order. */
  public List<CloudObject> objects(String type) {
    return objects.values().stream().filter(o -> o.type().equals(type)).toList();
  }

  public Optional<CloudObject> find(String type, String id) {
    return Optional.ofNullable(objects.get(key(type, id)));
  }

  /** Changes an object behind Pulumi's back, as someone using the cloud's console would. */
  public void change(String type, String id, Map<String, Value> properties) {
    objects.computeIfPresent(
        key(type, id),
        (k, o) ->
            new CloudObject(type, id, o.state().toBuilder().putAllFields(properties).build()));
  }

  /** Deletes an object behind Pulumi's back. */
  public void removeBehindPulumisBack(String type, String id) {
    objects.remove(key(type, id));
  }

  /** The next creates and updates of the type fail with the cloud's message. */
  public void failWith(String type, String message) {
    faults.put(
        type, new Fault(Optional.of(message), Duration.ZERO, Optional.empty(), Optional.empty()));
  }

  /** Creates and updates of the type take this long (a slow cloud). */
  public void delay(String type, Duration delay) {
    faults.put(type, new Fault(Optional.empty(), delay, Optional.empty(), Optional.empty()));
  }

  /**
   * Creates and updates of the type never answer until {@link #heal}: a provider that hangs.
   * Returns at once; the calls block.
   */
  public void hang(String type) {
    faults.put(
        type,
        new Fault(
            Optional.empty(), Duration.ZERO, Optional.of(new CountDownLatch(1)), Optional.empty()));
  }

  /**
   * Creates of the type are carried out, but their answer never comes until {@link #heal}: the
   * object exists in the cloud while the engine still waits, so an update that dies now leaves a
   * pending create of something that was really created.
   */
  public void hangAfterCreate(String type) {
    faults.put(
        type,
        new Fault(
            Optional.empty(), Duration.ZERO, Optional.empty(), Optional.of(new CountDownLatch(1))));
  }

  /** Removes every fault of the type and releases the calls that hang. */
  public void heal(String type) {
    Fault fault = faults.remove(type);
    if (fault != null) {
      fault.hang().ifPresent(CountDownLatch::countDown);
      fault.hangAfterCreate().ifPresent(CountDownLatch::countDown);
    }
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Creates the engine asked of this provider for the type (previews excluded). */
  public long creates(String type) {
    return calls.stream().filter(c -> c.method().equals("Create") && c.type().equals(type)).count();
  }

  /** Removes every fault and releases every call that hangs. */
  public void healAll() {
    faults.keySet().forEach(this::heal);
  }

  @Override
  public void close() {
    healAll();
    if (server != null) {
      server.shutdownNow();
    }
  }

  // ---- the protocol ----

  /** The engine attaches to a debug provider before anything else; an error here is fatal. */
  @Override
  public void attach(Plugin.PluginAttach request, StreamObserver<Empty> response) {
    respond(response, Empty.getDefaultInstance());
  }

  @Override
  public void getPluginInfo(Empty request, StreamObserver<Plugin.PluginInfo> response) {
    respond(response, Plugin.PluginInfo.newBuilder().setVersion(version).build());
  }

  @Override
  public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> response) {
    respond(response, CheckResponse.newBuilder().setInputs(request.getNews()).build());
  }

  @Override
  public void diffConfig(DiffRequest request, StreamObserver<DiffResponse> response) {
    respond(
        response, DiffResponse.newBuilder().setChanges(DiffResponse.DiffChanges.DIFF_NONE).build());
  }

  @Override
  public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> response) {
    providerConfig = request.getArgs();
    // No secrets, resources or previews: the engine sends plain values, keeps secretness itself,
    // and leaves outputs unknown in previews, as it does for many real providers.
    respond(response, ConfigureResponse.getDefaultInstance());
  }

  @Override
  public void check(CheckRequest request, StreamObserver<CheckResponse> response) {
    respond(response, CheckResponse.newBuilder().setInputs(request.getNews()).build());
  }

  @Override
  public void diff(DiffRequest request, StreamObserver<DiffResponse> response) {
    Kind kind = kind(request.getType(), response);
    if (kind == null) {
      return;
    }
    Struct olds = request.hasOldInputs() ? request.getOldInputs() : request.getOlds();
    Struct news = request.getNews();
    var changed = new TreeSet<String>();
    for (String key : union(olds, news)) {
      if (!olds.getFieldsOrDefault(key, CloudValues.NULL)
          .equals(news.getFieldsOrDefault(key, CloudValues.NULL))) {
        changed.add(key);
      }
    }
    var diff =
        DiffResponse.newBuilder()
            .setChanges(
                changed.isEmpty()
                    ? DiffResponse.DiffChanges.DIFF_NONE
                    : DiffResponse.DiffChanges.DIFF_SOME)
            .addAllDiffs(changed);
    changed.stream().filter(kind.replaceOnChanges()::contains).forEach(diff::addReplaces);
    respond(response, diff.build());
  }

  @Override
  public void create(CreateRequest request, StreamObserver<CreateResponse> response) {
    calls.add(new Call("Create", request.getType(), ""));
    Kind kind = kind(request.getType(), response);
    if (kind == null || !applyFaults(request.getType(), response)) {
      return;
    }
    Struct inputs = request.getProperties();
    String id = kind.id().apply(providerConfig, inputs);
    synchronized (this) {
      if (kind.uniqueName().isPresent()) {
        String name = kind.uniqueName().get().apply(inputs);
        boolean taken =
            objects(kind.type()).stream()
                .anyMatch(o -> kind.uniqueName().get().apply(o.state()).equals(name));
        if (taken) {
          response.onError(
              Status.ALREADY_EXISTS
                  .withDescription(alreadyExistsMessage.formatted(name))
                  .asRuntimeException());
          return;
        }
      }
      Struct.Builder computed =
          inputs.toBuilder().putAllFields(kind.computed().apply(providerConfig, inputs));
      kind.idOutput().ifPresent(output -> computed.putFields(output, CloudValues.string(id)));
      Struct state = computed.build();
      objects.put(key(kind.type(), id), new CloudObject(kind.type(), id, state));
    }
    Fault fault = faults.get(kind.type());
    if (fault != null && fault.hangAfterCreate().isPresent()) {
      try {
        fault.hangAfterCreate().get().await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    respond(
        response,
        CreateResponse.newBuilder()
            .setId(id)
            .setProperties(objects.get(key(kind.type(), id)).state())
            .build());
  }

  @Override
  public void read(ReadRequest request, StreamObserver<ReadResponse> response) {
    calls.add(new Call("Read", request.getType(), request.getId()));
    CloudObject object = objects.get(key(request.getType(), request.getId()));
    Kind kind = kinds.get(request.getType());
    if (object == null && kind != null && kind.uniqueName().isPresent()) {
      // Clouds whose objects have unique names find them by name too (GitHub reads a team given
      // its slug, as an import does), and answer with the object's own id.
      object =
          objects(kind.type()).stream()
              .filter(
                  o -> kind.uniqueName().get().apply(o.state()).equalsIgnoreCase(request.getId()))
              .findFirst()
              .orElse(null);
    }
    if (object == null) {
      // Gone: an empty id tells the engine so.
      respond(response, ReadResponse.getDefaultInstance());
      return;
    }
    // The inputs as the cloud now has them: a provider derives them from what it reads, so a
    // change made behind Pulumi's back shows as a difference from the program's inputs.
    Struct.Builder inputs = Struct.newBuilder();
    Struct oldInputs = request.getInputs();
    for (String key : oldInputs.getFieldsMap().keySet()) {
      inputs.putFields(
          key, object.state().getFieldsOrDefault(key, oldInputs.getFieldsOrThrow(key)));
    }
    respond(
        response,
        ReadResponse.newBuilder()
            .setId(object.id())
            .setProperties(object.state())
            .setInputs(inputs)
            .build());
  }

  @Override
  public void update(UpdateRequest request, StreamObserver<UpdateResponse> response) {
    calls.add(new Call("Update", request.getType(), request.getId()));
    Kind kind = kind(request.getType(), response);
    if (kind == null || !applyFaults(request.getType(), response)) {
      return;
    }
    // The new inputs, over what the cloud holds: what it computed at creation (generated ids,
    // keys) stays, and what it computes fresh is added where it had nothing yet.
    CloudObject previous = objects.get(key(kind.type(), request.getId()));
    Struct.Builder state = Struct.newBuilder();
    kind.computed().apply(providerConfig, request.getNews()).forEach(state::putFields);
    if (previous != null) {
      state.putAllFields(previous.state().getFieldsMap());
    }
    state.putAllFields(request.getNews().getFieldsMap());
    Struct updated = state.build();
    objects.put(
        key(kind.type(), request.getId()), new CloudObject(kind.type(), request.getId(), updated));
    respond(response, UpdateResponse.newBuilder().setProperties(updated).build());
  }

  @Override
  public void delete(DeleteRequest request, StreamObserver<Empty> response) {
    calls.add(new Call("Delete", request.getType(), request.getId()));
    objects.remove(key(request.getType(), request.getId()));
    respond(response, Empty.getDefaultInstance());
  }

  @Override
  public void invoke(InvokeRequest request, StreamObserver<InvokeResponse> response) {
    Function<Struct, Struct> function = functions.get(request.getTok());
    if (function == null) {
      response.onError(
          Status.UNIMPLEMENTED
              .withDescription(packageName + " test provider: no function " + request.getTok())
              .asRuntimeException());
      return;
    }
    Struct result;
    try {
      result = function.apply(request.getArgs());
    } catch (StatusRuntimeException failure) {
      // The cloud refused the lookup (an unknown user): the provider's error, as the engine gets
      // it.
      response.onError(failure);
      return;
    }
    respond(response, InvokeResponse.newBuilder().setReturn(result).build());
  }

  @Override
  public void cancel(Empty request, StreamObserver<Empty> response) {
    faults.keySet().forEach(this::heal);
    respond(response, Empty.getDefaultInstance());
  }

  // ---- helpers ----

  private <T> Kind kind(String type, StreamObserver<T> response) {
    Kind kind = kinds.get(type);
    if (kind == null) {
      response.onError(
          Status.UNIMPLEMENTED
              .withDescription(packageName + " test provider: no resource type " + type)
              .asRuntimeException());
    }
    return kind;
  }

  /** Applies the type's fault; false when the call was answered with a failure. */
  private <T> boolean applyFaults(String type, StreamObserver<T> response) {
    Fault fault = faults.get(type);
    if (fault == null) {
      return true;
    }
    try {
      if (fault.hang().isPresent()) {
        fault.hang().get().await();
      }
      if (!fault.delay().isZero()) {
        // A slow cloud: the call takes this long, as a test asked.
        new CountDownLatch(1).await(fault.delay().toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response.onError(Status.CANCELLED.asRuntimeException());
      return false;
    }
    if (fault.failure().isPresent()) {
      response.onError(Status.UNKNOWN.withDescription(fault.failure().get()).asRuntimeException());
      return false;
    }
    return true;
  }

  private static List<String> union(Struct a, Struct b) {
    var keys = new ArrayList<>(new TreeSet<>(a.getFieldsMap().keySet()));
    b.getFieldsMap().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
    return keys;
  }

  private static String key(String type, String id) {
    return type + "\u0000" + id;
  }

  private static <T> void respond(StreamObserver<T> response, T value) {
    try {
      response.onNext(value);
      response.onCompleted();
    } catch (StatusRuntimeException cancelled) {
      // The engine gave up on this call (its CLI was killed while the call hung): nobody waits.
    }
  }
}
