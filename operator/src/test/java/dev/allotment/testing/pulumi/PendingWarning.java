package dev.allotment.testing.pulumi;

import java.util.List;

/**
 * How the engine treats pending operations left by an interrupted update: the next update warns
 * ("Attempting to deploy or update resources with N pending operations from previous deployment.")
 * and proceeds; interrupted creates are kept in the new checkpoint because only the user can tell
 * whether the object exists, other pending operations are dropped.
 */
final class PendingWarning {

  private PendingWarning() {}

  static void emit(EngineEventSink events, List<PendingOperation> pending) {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder message =
        new StringBuilder("Attempting to deploy or update resources with ")
            .append(pending.size())
            .append(" pending operations from previous deployment.\n");
    pending.forEach(
        op ->
            message
                .append("  * ")
                .append(op.resource().urn())
                .append(", interrupted while ")
                .append(op.type())
                .append('\n'));
    message.append(
        "These resources are in an unknown state because the Pulumi CLI was interrupted while"
            + " waiting for changes to them to complete. Check them with their provider, then run"
            + " `pulumi refresh` to clear the pending operations (pending CREATEs need"
            + " `--clear-pending-creates` or `--import-pending-creates`).");
    events.diagnostic("", "warning", message.toString());
  }

  static List<PendingOperation> keptByUpdate(List<PendingOperation> pending) {
    return pending.stream().filter(op -> op.type().equals(PendingOperation.CREATING)).toList();
  }
}
