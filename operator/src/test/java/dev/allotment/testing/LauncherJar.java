package dev.allotment.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * A jar that is nothing but a manifest: {@code Main-Class: dev.allotment.Main} and a {@code
 * Class-Path} of this JVM's classpath. {@code java -jar} of it runs the operator's main class as
 * {@code java -jar allotment-operator.jar} does in the image, without a packaged jar (tests run
 * before {@code package}).
 */
public final class LauncherJar {

  private LauncherJar() {}

  /** The launcher of the operator's main class, written once into {@code dir}. */
  public static Path write(Path dir) {
    return write(dir, "dev.allotment.Main");
  }

  /** The same with another main class, written once per class into {@code dir}. */
  public static Path write(Path dir, String mainClass) {
    Path jar = dir.resolve("launcher-" + mainClass + ".jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, mainClass);
    main.put(
        Attributes.Name.CLASS_PATH,
        Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
            .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
            .collect(Collectors.joining(" ")));
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + jar, e);
    }
  }
}
