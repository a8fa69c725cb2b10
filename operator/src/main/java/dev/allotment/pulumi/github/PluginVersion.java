package dev.allotment.pulumi.github;

import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The version of the {@code github} resource plugin these bindings were written against.
 *
 * <p>Every resource requests it through its options and every function call through its invoke
 * options, as Pulumi's generated SDKs do, so the engine runs the plugin whose schema the bindings
 * match rather than whatever version is installed. It is read from {@code
 * com/pulumi/github/version.txt}, the same classpath resource the Pulumi Java language host reads
 * (together with {@code plugin.json}) to tell the CLI which plugin to install.
 */
final class PluginVersion {
  private static final String RESOURCE = "com/pulumi/github/version.txt";
  private static final String VERSION = read();

  private PluginVersion() {}

  static String get() {
    return VERSION;
  }

  /**
   * The caller's invoke options with the plugin version added, keeping parent and provider; options
   * that already name a version are returned unchanged.
   */
  static InvokeOptions withVersion(@Nullable InvokeOptions options) {
    if (options != null && options.getVersion().isPresent()) {
      return options;
    }
    return new InvokeOptions(
        options == null ? null : options.getParent().orElse(null),
        options == null ? null : options.getProvider().orElse(null),
        VERSION,
        options == null ? null : options.getPluginDownloadURL().orElse(null));
  }

  /** As {@link #withVersion(InvokeOptions)}, also keeping {@code dependsOn}. */
  static InvokeOutputOptions withVersion(@Nullable InvokeOutputOptions options) {
    if (options != null && options.getVersion().isPresent()) {
      return options;
    }
    return new InvokeOutputOptions(
        options == null ? null : options.getParent().orElse(null),
        options == null ? null : options.getProvider().orElse(null),
        VERSION,
        options == null ? null : options.getPluginDownloadURL().orElse(null),
        options == null ? null : options.getDependsOn());
  }

  private static String read() {
    try (InputStream in = PluginVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "Classpath resource "
                + RESOURCE
                + " is missing; without it the GitHub bindings cannot pin the plugin version");
      }
      String version = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      if (version.isEmpty()) {
        throw new IllegalStateException("Classpath resource " + RESOURCE + " is empty");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read classpath resource " + RESOURCE, e);
    }
  }
}
