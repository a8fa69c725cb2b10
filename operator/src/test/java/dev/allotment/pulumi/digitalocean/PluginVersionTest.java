package dev.allotment.pulumi.digitalocean;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.deployment.InvokeOptions;
import com.pulumi.deployment.InvokeOutputOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mocks cannot see the plugin version of an invoke ({@code Mocks.CallArgs} drops it), so this
 * pins down what {@link DigitaloceanFunctions} sends: the caller's options plus the version.
 */
class PluginVersionTest {

  @Test
  void readsTheVersionTheSchemaWasCutAt() {
    assertThat(PluginVersion.get()).isEqualTo("4.76.0");
  }

  @Test
  void invokeOptionsGainTheVersionAndKeepEverythingElse() {
    assertThat(PluginVersion.withVersion((InvokeOptions) null).getVersion()).contains("4.76.0");
    assertThat(PluginVersion.withVersion(InvokeOptions.Empty).getVersion()).contains("4.76.0");

    var withUrl = new InvokeOptions(null, null, null, "https://example.test/plugins");
    var versioned = PluginVersion.withVersion(withUrl);
    assertThat(versioned.getVersion()).contains("4.76.0");
    assertThat(versioned.getPluginDownloadURL()).contains("https://example.test/plugins");
    assertThat(versioned.getParent()).isEmpty();
    assertThat(versioned.getProvider()).isEmpty();
  }

  @Test
  void anExplicitVersionWins() {
    var pinned = new InvokeOptions(null, null, "4.70.0");

    assertThat(PluginVersion.withVersion(pinned)).isSameAs(pinned);
  }

  @Test
  void outputOptionsKeepTheirDependencies() {
    var versioned = PluginVersion.withVersion(new InvokeOutputOptions(null, null, null, List.of()));

    assertThat(versioned).isInstanceOf(InvokeOutputOptions.class);
    assertThat(versioned.getVersion()).contains("4.76.0");
    assertThat(versioned.getDependsOn()).isEmpty();
  }
}
