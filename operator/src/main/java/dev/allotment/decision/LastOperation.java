package dev.allotment.decision;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.StackStatus;
import dev.allotment.api.v1alpha1.UpdateRecord;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.OperationResult;
import java.util.Optional;

/**
 * The last finished operation as status records it, typed: the one place its text fields are read,
 * so that decisions compare enums, not strings. A field this operator would not have written reads
 * as empty.
 */
public record LastOperation(
    Optional<OperationKind> kind, Optional<OperationResult> result, Optional<String> fingerprint) {

  /** The status's {@code stack.lastUpdate}; empty when there is none. */
  public static Optional<LastOperation> of(StackResourceStatus status) {
    return Optional.ofNullable(status)
        .map(StackResourceStatus::getStack)
        .map(StackStatus::getLastUpdate)
        .map(LastOperation::of);
  }

  static LastOperation of(UpdateRecord record) {
    return new LastOperation(
        OperationKind.fromValue(record.getOperation()),
        OperationResult.fromValue(record.getResult()),
        Optional.ofNullable(record.getFingerprint()));
  }

  public boolean failed() {
    return result.filter(r -> r == OperationResult.FAILED).isPresent();
  }

  /** A destroy that failed: its retry waits out the backoff status records. */
  public boolean failedDestroy() {
    return failed() && kind.filter(k -> k == OperationKind.DESTROY).isPresent();
  }
}
