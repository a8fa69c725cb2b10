package dev.allotment.testing.pulumi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.allotment.testing.pulumi.FaultInjector.Call;
import dev.allotment.testing.pulumi.FaultInjector.ProviderFailureException;
import java.util.Optional;

/**
 * Provider calls against the emulated cloud, journaled like the real engine journals steps: the
 * pending operation is saved before the call and replaced by the result after it. Injected faults
 * fire before the call (delay, gate, provider error: nothing happened) or right after it (crash:
 * the cloud changed, the checkpoint never heard of it).
 */
final class EmulatedProvider {

  private final EmulatedCloud cloud;
  private final FaultInjector faults;

  EmulatedProvider(EmulatedCloud cloud, FaultInjector faults) {
    this.cloud = cloud;
    this.faults = faults;
  }

  /** Create, update or replace {@code candidate}; {@code old} is null for a create. */
  ResourceState apply(
      String op, ResourceState candidate, ResourceState old, SnapshotJournal journal) {
    boolean update = op.equals(ChangeCounts.UPDATE);
    String pending = update ? PendingOperation.UPDATING : PendingOperation.CREATING;
    journal.begin(candidate, pending);
    Call call = new Call(candidate.urn(), candidate.type(), op);
    try {
      faults.beforeProviderCall(call);
    } catch (ProviderFailureException e) {
      journal.abort(candidate.urn(), pending);
      throw e;
    }
    String id =
        update
            ? old.id()
            : cloud.newId(
                candidate.type(), ResourceState.nameOf(candidate.urn()), candidate.inputs());
    if (!update && cloud.uniqueIds(candidate.type()) && cloud.idTaken(candidate.type(), id)) {
      journal.abort(candidate.urn(), pending);
      throw new ProviderFailureException(
          "POST https://api.github.com/orgs/repos: 422 Repository creation failed. [{Resource:"
              + "Repository Code:custom Field:name Message:name already exists on this account}]");
    }
    ObjectNode outputs =
        cloud.computeOutputs(
            candidate.urn(),
            candidate.type(),
            candidate.inputs(),
            candidate.additionalSecretOutputs());
    cloud.put(candidate.urn(), candidate.type(), id, outputs);
    faults.afterProviderCall(call);
    ResourceState result = candidate.withIdAndOutputs(id, outputs);
    journal.record(result, pending);
    return result;
  }

  /** Deletes a resource; engine bookkeeping resources (providers, components) just disappear. */
  void delete(ResourceState resource, SnapshotJournal journal) {
    if (!ResourceState.isCloudResource(resource.custom(), resource.type())) {
      journal.remove(resource.urn(), null);
      return;
    }
    journal.begin(resource, PendingOperation.DELETING);
    Call call = new Call(resource.urn(), resource.type(), ChangeCounts.DELETE);
    try {
      faults.beforeProviderCall(call);
    } catch (ProviderFailureException e) {
      journal.abort(resource.urn(), PendingOperation.DELETING);
      throw e;
    }
    cloud.remove(resource.urn());
    faults.afterProviderCall(call);
    journal.remove(resource.urn(), PendingOperation.DELETING);
  }

  /** The live outputs of a cloud resource, empty when it no longer exists. */
  Optional<ObjectNode> read(ResourceState resource) {
    Call call = new Call(resource.urn(), resource.type(), "read");
    faults.beforeProviderCall(call);
    Optional<ObjectNode> live = cloud.read(resource.urn());
    faults.afterProviderCall(call);
    return live;
  }

  Optional<ObjectNode> readByUrn(String urn) {
    return cloud.read(urn);
  }
}
