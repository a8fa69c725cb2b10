package dev.allotment.pulumi.github;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The version of the {@code github} resource plugin these bindings were written against.
 *
 * <p>Every resource requests it through its options, as Pulumi's generated SDKs do, so the engine
 * runs the plugin whose schema the bindings match rather than whatever version is installed. It is
 * read from {@code com/pulumi/github/version.txt}, the same classpath resource the Pulumi Java
 * language host reads (together with {@code plugin.json}) to tell the CLI which plugin to install.
 */
final class PluginVersion {
  private static final String RESOURCE = "com/pulumi/github/version.txt";
  private static final String VERSION = read();

  private PluginVersion() {}

  static String get() {
    return VERSION;
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
