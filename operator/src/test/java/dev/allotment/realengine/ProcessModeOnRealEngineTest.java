package dev.allotment.realengine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Program mode {@code process} on the real engine: the CLI starts Pulumi's Java language host,
 * which runs the operator's jar in a JVM of its own for the program; its inputs travel as stack
 * configuration, the cluster kubeconfig as a secret written through standard input.
 */
class ProcessModeOnRealEngineTest {

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  @RegisterExtension final RealEngine real = RealEngine.inProcessMode(CLUSTER);

  @Test
  void aProgramRunByTheJavaLanguageHostCreatesTheEnvironment() {
    StackResources<TeamEnvironment> environments = real.environments();
    TeamEnvironment created = environments.apply(RealEngine.environment("real-process"));

    TeamEnvironment ready =
        environments.awaitCondition(
            created, ConditionType.READY, "True", Reason.UP_TO_DATE, RealEngine.OPERATION);

    assertThat(ready.getStatus().getOutputs())
        .containsEntry("namespace", "real-process-development")
        .containsEntry("resourceGroupName", "rg-real-process-development");
    assertThat(CLUSTER.client().namespaces().withName("real-process-development").get())
        .isNotNull();
    assertThat(real.pulumi().github().objects("github:index/repository:Repository"))
        .singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("real-process-development"));

    environments.delete(created);
    environments.awaitGone(created, RealEngine.OPERATION);
    assertThat(real.pulumi().github().objects("github:index/repository:Repository")).isEmpty();
  }
}
