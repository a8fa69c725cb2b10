package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.controller.ClusterReconciler;
import dev.allotment.controller.TeamEnvironmentReconciler;
import dev.allotment.examples.RepositoryPaths;
import dev.allotment.status.Reason;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.ReconcilerUtils;
import io.javaoperatorsdk.operator.api.reconciler.ControllerConfiguration;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the README says about events and finalizers is what the code does. On failure, correct the
 * README (the events table under "Status, conditions and outputs", the finalizers under
 * "Deleting"), or, for a reason that is only ever a condition reason, {@link #CONDITION_ONLY}.
 */
class ReadmeInSyncTest {

  private static final Path SOURCES = Path.of("src", "main", "java");

  /**
   * Reasons that only ever appear in conditions, never in an event; every other {@link Reason} is
   * recorded as an event (as a stall, {@code Report.stalled} records the stall's reason).
   */
  private static final Set<String> CONDITION_ONLY =
      Set.of(
          Reason.UP_TO_DATE,
          Reason.UPDATE_RUNNING,
          Reason.RETRY_SCHEDULED,
          Reason.DESTROYING,
          Reason.PREVIEWING,
          Reason.WAITING_FOR_CLUSTER,
          Reason.DEPENDANTS_EXIST,
          Reason.NO_DRIFT,
          Reason.DRIFT_CORRECTED,
          // A PlatformPolicy's Ready reason.
          Reason.ACCEPTED);

  private static final Pattern EVENT_CALL =
      Pattern.compile("events\\s*\\.\\s*(normal|warning)\\s*\\([^,]+,\\s*Reason\\.([A-Z_]+)");

  @Test
  void theEventsTableListsEveryReasonTheOperatorRecordsWithItsType() throws IOException {
    Map<String, String> documented = documentedEvents();
    Map<String, String> reasons = reasonConstants();
    Map<String, String> recordedAs = recordedTypes(reasons);
    Set<String> events =
        reasons.values().stream()
            .filter(r -> !CONDITION_ONLY.contains(r))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(documented.keySet())
        .as("the README's events table vs. the event reasons the code records")
        .containsExactlyInAnyOrderElementsOf(events);
    assertThat(recordedAs.keySet())
        .as("condition-only reasons must not be recorded as events")
        .doesNotContainAnyElementsOf(CONDITION_ONLY);
    for (String reason : events) {
      // Recorded directly with its type, or else a stall, whose event is a Warning.
      assertThat(documented.get(reason))
          .as("type of event %s", reason)
          .isEqualTo(recordedAs.getOrDefault(reason, "Warning"));
    }
  }

  @Test
  void everyConditionOnlyReasonIsDocumented() throws IOException {
    String readme = readme();
    assertThat(CONDITION_ONLY)
        .allSatisfy(r -> assertThat(readme).as("README names %s", r).contains("`" + r + "`"));
  }

  @Test
  void theFinalizersAreNamed() throws IOException {
    String deleting = section(readme(), "## Deleting");
    assertThat(deleting)
        .contains("`" + finalizer(TeamEnvironmentReconciler.class, TeamEnvironment.class) + "`")
        .contains("`" + finalizer(ClusterReconciler.class, Cluster.class) + "`");
  }

  /** The finalizer a reconciler's configuration names, else JOSDK's default for the kind. */
  private static String finalizer(Class<?> reconciler, Class<? extends HasMetadata> kind) {
    String configured = reconciler.getAnnotation(ControllerConfiguration.class).finalizerName();
    return configured.isEmpty() ? ReconcilerUtils.getDefaultFinalizerName(kind) : configured;
  }

  /** Constant name to value, e.g. UPDATE_STARTED to UpdateStarted. */
  private static Map<String, String> reasonConstants() {
    Map<String, String> reasons = new TreeMap<>();
    for (Field field : Reason.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          reasons.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return reasons;
  }

  /** Reasons the main sources record directly as {@code events.normal} or {@code .warning}. */
  private static Map<String, String> recordedTypes(Map<String, String> reasons) throws IOException {
    Map<String, String> types = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = EVENT_CALL.matcher(Files.readString(file));
        while (m.find()) {
          String reason = reasons.get(m.group(2));
          assertThat(reason).as("Reason.%s in %s", m.group(2), file).isNotNull();
          String type = m.group(1).equals("normal") ? "Normal" : "Warning";
          String before = types.put(reason, type);
          assertThat(before).as("%s recorded as both types", reason).isIn(null, type);
        }
      }
    }
    return types;
  }

  /** Reason to type from the table rows whose second column is Normal or Warning. */
  private static Map<String, String> documentedEvents() throws IOException {
    String status = section(readme(), "## Status, conditions and outputs");
    Map<String, String> events = new TreeMap<>();
    Pattern name = Pattern.compile("`([A-Za-z]+)`");
    for (String line : status.lines().toList()) {
      String[] cells = line.split("\\|");
      if (cells.length < 4 || !Set.of("Normal", "Warning").contains(cells[2].strip())) {
        continue;
      }
      Matcher m = name.matcher(cells[1]);
      while (m.find()) {
        assertThat(events.put(m.group(1), cells[2].strip()))
            .as("%s listed twice in the events table", m.group(1))
            .isNull();
      }
    }
    assertThat(events).as("README has an events table under Status").isNotEmpty();
    return events;
  }

  private static String readme() throws IOException {
    return Files.readString(RepositoryPaths.root().resolve("README.md"));
  }

  private static String section(String readme, String heading) {
    int start = readme.indexOf("\n" + heading + "\n");
    assertThat(start).as("README has a section %s", heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }
}
