package dev.allotment.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where tests find the repository's files and the upstream schemas. Maven runs tests in the
 * operator module; the shared folder with {@code upstream/} sits beside the repository.
 */
public final class RepositoryPaths {

  /** System property naming the directory that holds {@code upstream/}. */
  public static final String SHARED_DIR_PROPERTY = "allotment.shared.dir";

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
   * {@code <shared>/upstream}: {@value #SHARED_DIR_PROPERTY} or {@code ../../shared} from the
   * module directory.
   *
   * @throws AssertionError when it is missing: a skipped conformance check would hide exactly the
   *     drift it exists to catch
   */
  public static Path upstream() {
    String configured = System.getProperty(SHARED_DIR_PROPERTY);
    Path shared = configured != null ? Path.of(configured) : root().resolve("..").resolve("shared");
    Path upstream = shared.resolve("upstream").toAbsolutePath().normalize();
    if (!Files.isDirectory(upstream)) {
      throw new AssertionError(
          "Upstream schemas not found at "
              + upstream
              + ": the examples are validated against the Argo CD, External Secrets and Backstage"
              + " schemas kept there. Point -D"
              + SHARED_DIR_PROPERTY
              + "=<dir> at the directory that contains upstream/.");
    }
    return upstream;
  }
}
