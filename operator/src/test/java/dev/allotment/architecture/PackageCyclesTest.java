package dev.allotment.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code operator/src/main/java} depend on each other without cycles, so that a
 * reader goes down the layers and never comes back: read from the sources' imports and
 * fully-qualified references.
 */
class PackageCyclesTest {

  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Pattern REFERENCE =
      Pattern.compile("\\bdev\\.allotment((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    Map<String, Set<String>> graph = dependencies();
    assertThat(graph).containsKeys("lifecycle", "decision", "definition", "controller");
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      cycleThrough(graph, start).ifPresent(cycles::add);
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a"));
    assertThat(cycleThrough(graph, "a")).contains("a -> b -> c -> a");
  }

  @Test
  void decisionsAndDefinitionsReadNoClusterAndDriveNoEngine() {
    Map<String, Set<String>> graph = dependencies();
    assertThat(graph.get("decision")).doesNotContain("lifecycle", "controller", "publish");
    assertThat(graph.get("definition")).doesNotContain("lifecycle", "controller", "publish");
    assertThat(graph.get("render")).doesNotContain("lifecycle", "controller");
    assertThat(graph.get("program")).doesNotContain("definition", "lifecycle", "controller");
  }

  /** Package (relative to {@code dev.allotment}, "" for the root) to the packages it uses. */
  static Map<String, Set<String>> dependencies() {
    Path root = SOURCES.resolve("dev/allotment");
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String from = root.relativize(file.getParent()).toString().replace('/', '.');
        if (from.startsWith("pulumi")) {
          continue; // generated bindings
        }
        Set<String> uses = graph.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = REFERENCE.matcher(withoutComments(Files.readString(file)));
        while (m.find()) {
          String to = m.group(1).isEmpty() ? "" : m.group(1).substring(1);
          if (!to.equals(from) && !to.startsWith("pulumi") && !to.startsWith("api")) {
            uses.add(to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return graph;
  }

  private static String withoutComments(String source) {
    return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
  }

  /** A path from {@code start} back to itself, if there is one. */
  static java.util.Optional<String> cycleThrough(Map<String, Set<String>> graph, String start) {
    Deque<List<String>> paths = new ArrayDeque<>();
    paths.add(List.of(start));
    Set<String> seen = new TreeSet<>();
    while (!paths.isEmpty()) {
      List<String> path = paths.poll();
      for (String next : graph.getOrDefault(path.get(path.size() - 1), Set.of())) {
        List<String> longer = new ArrayList<>(path);
        longer.add(next);
        if (next.equals(start)) {
          return java.util.Optional.of(String.join(" -> ", longer));
        }
        if (seen.add(next)) {
          paths.add(longer);
        }
      }
    }
    return java.util.Optional.empty();
  }
}
