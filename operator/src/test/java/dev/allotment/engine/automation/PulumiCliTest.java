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
  void processModeRefusesACliFromTheProcessModeLimitOnNamingVersionAndRange() throws Exception {
    // From 3.209 the CLI passes runtime options (process mode's jar) only over RPC, which
    // pulumi-language-java 1.16 does not read.
    Path newer = script("pulumi", "echo v3.209.0");
    ProgramExecution process = ProgramExecution.process(dir.resolve("operator.jar"));

    assertThatThrownBy(() -> PulumiCli.locate(newer.toString(), process))
        .isInstanceOf(AutomationException.class)
        .hasMessageContaining("is 3.209.0; process mode (ALLOTMENT_PROGRAM_MODE=process)")
        .hasMessageContaining("from 3.206.0 up to but not including 3.209.0")
        .hasMessageContaining("ALLOTMENT_PULUMI_BINARY")
        .hasMessageContaining("ALLOTMENT_PROGRAM_MODE=inline");
    assertThat(PulumiCli.locate(newer.toString(), ProgramExecution.inline()).version().toString())
        .as("inline mode has no upper bound")
        .isEqualTo("3.209.0");
    Path last = script("pulumi", "echo v3.208.9");
    assertThat(PulumiCli.locate(last.toString(), process).version().toString())
        .isEqualTo("3.208.9");
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
