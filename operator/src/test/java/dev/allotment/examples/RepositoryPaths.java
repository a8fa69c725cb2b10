package dev.allotment.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's files. Maven runs tests in the operator module. */
public final class RepositoryPaths {

  private RepositoryPaths() {}

  /** The repository root (the operator module's parent). */
  public static Path root() {
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.resolve("..").toAbsolutePath().normalize();
  }

  public static Path examples() {
    return root().resolve("examples");
  }

  public static Path crds() {
    return root().resolve("crds");
  }

  public static Path chart() {
    return root().resolve("helm").resolve("allotment");
  }

  /**
   * {@code testdata/upstream}: the upstream CRDs and schemas the tests validate against, kept in
   * the repository (see its README for where each file comes from and its license).
   *
   * @throws AssertionError when it is missing: a skipped conformance check would hide exactly the
   *     drift it exists to catch
   */
  public static Path upstream() {
    Path upstream = root().resolve("testdata").resolve("upstream");
    if (!Files.isDirectory(upstream)) {
      throw new AssertionError("Upstream schemas not found at " + upstream);
    }
    return upstream;
  }
}
