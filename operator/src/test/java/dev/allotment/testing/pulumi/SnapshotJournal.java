package dev.allotment.testing.pulumi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checkpoint of a running operation, saved after every step like the real engine's snapshot
 * persister: a step is journaled as a pending operation before the provider is called and replaced
 * by its result afterwards. That is what makes a crash leave {@code pending_operations} behind. A
 * dry run keeps the journal in memory only.
 *
 * <p>The working checkpoint is the resources this operation has produced, in step order, followed
 * by the previous checkpoint's resources it has not touched yet.
 */
final class SnapshotJournal {

  private final BackendStore store;
  private final StackRecord record;
  private final boolean persist;
  private final Map<String, ResourceState> done = new LinkedHashMap<>();
  private final Map<String, ResourceState> untouched = new LinkedHashMap<>();
  private final List<PendingOperation> pending;

  /**
   * @param record the stack's record; its resources and pending operations are rewritten on every
   *     save
   * @param keptPendingOperations the previous pending operations this operation keeps (the engine
   *     keeps interrupted creates, since only the user can say whether they happened)
   */
  SnapshotJournal(
      BackendStore store,
      StackRecord record,
      boolean persist,
      List<PendingOperation> keptPendingOperations) {
    this.store = store;
    this.record = record;
    this.persist = persist;
    record.resources.forEach(r -> untouched.put(r.urn(), r));
    this.pending = new ArrayList<>(keptPendingOperations);
  }

  synchronized List<ResourceState> resources() {
    List<ResourceState> all = new ArrayList<>(done.values());
    all.addAll(untouched.values());
    return all;
  }

  synchronized void begin(ResourceState resource, String operation) {
    pending.add(new PendingOperation(resource, operation));
    save();
  }

  /** The provider refused: nothing happened, the previous state stands. */
  synchronized void abort(String urn, String operation) {
    removePending(urn, operation);
    save();
  }

  synchronized void record(ResourceState result, String completedOperation) {
    if (completedOperation != null) {
      removePending(result.urn(), completedOperation);
    }
    untouched.remove(result.urn());
    done.put(result.urn(), result);
    save();
  }

  synchronized void remove(String urn, String completedOperation) {
    if (completedOperation != null) {
      removePending(urn, completedOperation);
    }
    untouched.remove(urn);
    done.remove(urn);
    save();
  }

  /** Replaces the checkpoint wholesale (refresh adopts what it read; destroy empties it). */
  synchronized void replaceAll(List<ResourceState> resources, List<PendingOperation> operations) {
    done.clear();
    untouched.clear();
    resources.forEach(r -> done.put(r.urn(), r));
    pending.clear();
    pending.addAll(operations);
    save();
  }

  synchronized void save() {
    record.resources = new ArrayList<>(resources());
    record.pendingOperations = new ArrayList<>(pending);
    if (persist) {
      store.save(record);
    }
  }

  private void removePending(String urn, String operation) {
    for (int i = pending.size() - 1; i >= 0; i--) {
      PendingOperation op = pending.get(i);
      if (op.resource().urn().equals(urn) && op.type().equals(operation)) {
        pending.remove(i);
        return;
      }
    }
  }
}
