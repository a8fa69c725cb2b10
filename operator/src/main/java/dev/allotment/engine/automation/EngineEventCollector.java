package dev.allotment.engine.automation;

import com.pulumi.automation.OperationType;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.automation.events.StepEventMetadata;
import com.pulumi.automation.events.StepEventStateMetadata;
import dev.allotment.engine.Canonical;
import dev.allotment.engine.Fingerprint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads what an operation reports as it runs: the engine's error diagnostics (the failure message),
 * the last lines a program process wrote to stderr (which the engine relays as {@code info#err}
 * diagnostics when the program fails) and the resources it changes. For up, preview and destroy a
 * step's own operation says what changes. A refresh reports drift on the resource outputs event as
 * the engine decides it: with its default (non-legacy) refresh diff the step is an {@code update}
 * only when the provider's diff of the refreshed state against the program's inputs is not empty, a
 * {@code delete} when the object is gone; output-only changes (status fields, server-side defaults)
 * stay a plain {@code refresh} and are not drift.
 */
final class EngineEventCollector implements Consumer<EngineEvent> {

  private static final Set<OperationType> CHANGES =
      Set.of(
          OperationType.CREATE,
          OperationType.UPDATE,
          OperationType.DELETE,
          OperationType.REPLACE,
          OperationType.IMPORT);

  /** Enough of a dying JVM's last words, not a whole log. */
  private static final int STDERR_LINES = 10;

  private final boolean refresh;
  private final boolean plan;
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> stderr = new ArrayDeque<>();
  private final List<String> changed = Collections.synchronizedList(new ArrayList<>());

  /**
   * @param refresh the operation is a refresh: drift is read from the outputs events
   * @param plan the operation is a preview, whose lines are a plan to approve: each names the
   *     changed properties and a digest of the inputs (see {@link #details})
   */
  EngineEventCollector(boolean refresh, boolean plan) {
    this.refresh = refresh;
    this.plan = plan;
  }

  @Override
  public void accept(EngineEvent event) {
    var diagnostic = event.diagnosticEvent();
    if (diagnostic != null && "error".equalsIgnoreCase(diagnostic.severity())) {
      errors.add(diagnostic.message().strip());
    }
    if (diagnostic != null
        && "info#err".equalsIgnoreCase(diagnostic.severity())
        && !diagnostic.message().isBlank()) {
      synchronized (stderr) {
        stderr.addLast(diagnostic.message().strip());
        if (stderr.size() > STDERR_LINES) {
          stderr.removeFirst();
        }
      }
    }
    if (!refresh && event.resourcePreEvent() != null) {
      note(event.resourcePreEvent().metadata());
    }
    if (refresh && event.resourceOutputsEvent() != null) {
      note(event.resourceOutputsEvent().metadata());
    }
  }

  private void note(StepEventMetadata step) {
    if (step == null || step.op() == null || step.type().startsWith("pulumi:")) {
      return;
    }
    if (CHANGES.contains(step.op())) {
      String line =
          AutomationApiStackEngine.changeKey(step.op().name())
              + " "
              + step.type()
              + " "
              + nameOf(step.urn());
      changed.add(plan ? line + details(step) : line);
    }
  }

  /**
   * What a planned step changes, so that an approval of the plan binds to the values and not only
   * to the shape ({@code update ... TeamMembership x} with another role is another plan): the
   * changed properties by name, and a digest of the inputs the step would leave. The engine masks
   * secret inputs in its events, so no secret enters the digest or status.
   */
  static String details(StepEventMetadata step) {
    List<String> diffs = step.diffs() == null ? List.of() : step.diffs();
    StepEventStateMetadata state = step.new_() != null ? step.new_() : step.old();
    Map<String, Object> inputs =
        state == null || state.inputs() == null ? Map.of() : state.inputs();
    return (diffs.isEmpty() ? "" : " (" + String.join(", ", diffs.stream().sorted().toList()) + ")")
        + " inputs "
        + Fingerprint.of(new Canonical().with("inputs", inputs).text()).substring(0, 12);
  }

  /** A URN ends in {@code ::<name>}. */
  static String nameOf(String urn) {
    int at = urn == null ? -1 : urn.lastIndexOf("::");
    return at < 0 ? String.valueOf(urn) : urn.substring(at + 2);
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  /** The last lines of the program's stderr, if the engine relayed any. */
  List<String> stderr() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  List<String> changedResources() {
    return List.copyOf(changed);
  }
}
