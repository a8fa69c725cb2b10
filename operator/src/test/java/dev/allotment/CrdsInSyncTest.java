package dev.allotment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CRDs under {@code crds/} are what users install: they must be exactly what the build
 * generates from the API classes. On failure, copy them over: {@code cp
 * operator/target/classes/META-INF/fabric8/<plural>.platform.allotment.dev-v1.yml
 * crds/<plural>.platform.allotment.dev.yaml}.
 */
class CrdsInSyncTest {

  private static final Path GENERATED = Path.of("target", "classes", "META-INF", "fabric8");
  private static final Path COMMITTED = Path.of("..", "crds");

  @Test
  void committedCrdsMatchTheGeneratedOnes() throws IOException {
    List<Path> generated = list(GENERATED, ".yml");
    assertThat(generated)
        .extracting(CrdsInSyncTest::crdName)
        .contains("teamenvironments.platform.allotment.dev", "clusters.platform.allotment.dev");
    assertThat(list(COMMITTED, ".yaml"))
        .extracting(CrdsInSyncTest::crdName)
        .containsExactlyInAnyOrderElementsOf(
            generated.stream().map(CrdsInSyncTest::crdName).toList());
    for (Path file : generated) {
      Path committed = COMMITTED.resolve(crdName(file) + ".yaml");
      assertThat(Files.readString(committed))
          .as("crds/%s is stale: regenerate it from %s", committed.getFileName(), file)
          .isEqualTo(Files.readString(file));
    }
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static String crdName(Path file) {
    return file.getFileName().toString().replaceAll("(-v1)?\\.ya?ml$", "");
  }
}
