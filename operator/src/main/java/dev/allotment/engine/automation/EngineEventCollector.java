package dev.allotment.engine.automation;

import com.pulumi.automation.OperationType;
import com.pulumi.automation.events.EngineEvent;
import com.pulumi.automation.events.StepEventMetadata;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads what an operation reports as it runs: the engine's error diagnostics (the failure message),
 * the last lines a program process wrote to stderr (which the engine relays as {@code info#err}
 * diagnostics when the program fails) and the resources it changes. For up, preview and destroy a
 * step's own operation says what changes; a refresh reports drift on the resource outputs event, as
 * an update or delete, or as a refresh step with differing properties.
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
  private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
  private final Deque<String> stderr = new ArrayDeque<>();
  private final List<String> changed = Collections.synchronizedList(new ArrayList<>());

  EngineEventCollector(boolean refresh) {
    this.refresh = refresh;
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
      note(event.resourcePreEvent().metadata(), false);
    }
    if (refresh && event.resourceOutputsEvent() != null) {
      note(event.resourceOutputsEvent().metadata(), true);
    }
  }

  private void note(StepEventMetadata step, boolean drift) {
    if (step == null || step.op() == null || step.type().startsWith("pulumi:")) {
      return;
    }
    boolean changes =
        CHANGES.contains(step.op())
            || (drift
                && step.op() == OperationType.REFRESH
                && step.diffs() != null
                && !step.diffs().isEmpty());
    if (changes) {
      changed.add(
          AutomationApiStackEngine.changeKey(step.op().name())
              + " "
              + step.type()
              + " "
              + nameOf(step.urn()));
    }
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
