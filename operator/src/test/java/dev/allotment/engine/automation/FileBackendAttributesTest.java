package dev.allotment.engine.automation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.engine.StackRef;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unreadable attribute files of the file backend, as a CLI killed mid-write leaves them. */
class FileBackendAttributesTest {

  private static final String ATTRS =
      "{\"user.content_type\":\"application/json\",\"md5\":\"5mnAjt/NJLBlA8fyk40U4g==\"}";

  @TempDir Path backend;

  private final StackRef ref = new StackRef("allotment-teamenvironment", "dev");

  @Test
  void emptyOrTruncatedAttributesOfTheStackAreRemovedReadableOnesKept() throws Exception {
    Path stacks = Files.createDirectories(backend.resolve(".pulumi/stacks").resolve(ref.project()));
    Path locks =
        Files.createDirectories(
            backend.resolve(".pulumi/locks/organization").resolve(ref.project()).resolve("dev"));
    Path empty = Files.writeString(stacks.resolve("dev.json.attrs"), "");
    Path truncated = Files.writeString(stacks.resolve("dev.json.bak.attrs"), "{\"user.cont");
    Path lock = Files.writeString(locks.resolve("3f2a.json.attrs"), "");
    Path meta = Files.writeString(backend.resolve(".pulumi/meta.yaml.attrs"), "");
    Path readable = Files.writeString(stacks.resolve("dev.json.gz.attrs"), ATTRS);
    Path otherStack = Files.writeString(stacks.resolve("dev2.json.attrs"), "");
    Path checkpoint = Files.writeString(stacks.resolve("dev.json"), "");

    var removed = FileBackendAttributes.repair(backend.toUri().toString(), ref);

    assertThat(removed).containsExactlyInAnyOrder(empty, truncated, lock, meta);
    assertThat(empty).doesNotExist();
    assertThat(truncated).doesNotExist();
    assertThat(lock).doesNotExist();
    assertThat(meta).doesNotExist();
    // Not attribute files, another stack's, or readable: none of our business.
    assertThat(readable).exists();
    assertThat(otherStack).exists();
    assertThat(checkpoint).exists();
  }

  @Test
  void aFreshBackendOrOneThatIsNoDirectoryNeedsNothing() throws Exception {
    assertThat(FileBackendAttributes.repair(backend.toUri().toString(), ref)).isEmpty();
    assertThat(FileBackendAttributes.repair("s3://bucket/state", ref)).isEmpty();
  }
}
