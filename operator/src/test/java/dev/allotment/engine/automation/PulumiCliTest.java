package dev.allotment.engine.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.automation.AutomationException;
import dev.allotment.testing.TestAssets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the operator accepts as its Pulumi CLI at start, and what it says when it refuses. */
class PulumiCliTest {

  @TempDir Path dir;

  @Test
  void theCliToolsAssetsBuildsIsAccepted() throws Exception {
    PulumiCli cli = PulumiCli.locate(TestAssets.pulumi().path("PULUMI").toString());

    assertThat(cli.version().toString()).isEqualTo("3.207.0");
  }

  @Test
  void aCliOlderThanTheEventStreamIsRefusedWithTheReason() throws IOException {
    // Before 3.206 the CLI reports engine events through a file that pulumi-java waits on forever
    // when the CLI fails before its engine starts.
    Path old = script("pulumi", "echo v3.190.0");

    assertThatThrownBy(() -> PulumiCli.locate(old.toString()))
        .isInstanceOf(AutomationException.class)
        .hasMessageContaining("is 3.190.0; Allotment needs 3.x from 3.206.0")
        .hasMessageContaining("never closed");
  }

  @Test
  void aCliBuiltWithoutAVersionIsRefused() throws IOException {
    Path unstamped = script("pulumi", "echo");

    assertThatThrownBy(() -> PulumiCli.locate(unstamped.toString()))
        .isInstanceOf(AutomationException.class)
        .hasMessageContaining("reports no version");
  }

  @Test
  void aMissingCliNamesTheSettingThatFixesIt() {
    assertThatThrownBy(() -> PulumiCli.locate("no-such-pulumi-binary"))
        .isInstanceOf(AutomationException.class)
        .hasMessage(
            "the Pulumi CLI 'no-such-pulumi-binary' is not on PATH; set ALLOTMENT_PULUMI_BINARY to"
                + " its path");
  }

  private Path script(String name, String body) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
