package dev.allotment.realengine;

import static dev.allotment.testing.RealEngine.OPERATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.DeletionPolicy;
import dev.allotment.api.v1alpha1.KubernetesSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.engine.OperationKind;
import dev.allotment.engine.StackOperationException;
import dev.allotment.engine.StackRef;
import dev.allotment.engine.StackRequest;
import dev.allotment.program.TeamEnvironmentModel;
import dev.allotment.program.TeamEnvironmentProgram;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.RealEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The wall, where it needs the real engine: the kubernetes provider's own behaviour on an existing
 * namespace (hole 1) and a retained stack met by a resource of another stage (hole 4).
 */
class TenancyOnRealEngineTest {

  @RegisterExtension static final TestCluster CLUSTER = TestCluster.forAnyTeam();

  private final RealEngine real = RealEngine.inline();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, real);

  private final StackResources<TeamEnvironment> environments = operator.environments();

  /**
   * The program itself refuses to adopt, whatever checked it before: with server-side apply,
   * kubernetes provider 4.x would upsert an existing namespace, take it into the stack and delete
   * it on destroy. Run straight on the engine, past the operator's own check.
   */
  @Test
  void theProgramNeverAdoptsAnExistingNamespace() throws Exception {
    String name = "real-adopt-development-victim";
    Namespace victim =
        CLUSTER
            .client()
            .namespaces()
            .resource(
                new NamespaceBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .addToLabels("owner", "someone-else")
                    .endMetadata()
                    .build())
            .create();
    try {
      TeamEnvironment attacker = Examples.development("real-adopt");
      attacker.getSpec().setKubernetes(new KubernetesSpec());
      attacker.getSpec().getKubernetes().setNamespace(name);
      var program =
          TeamEnvironmentProgram.of(
              TeamEnvironmentModel.resolve(attacker.getSpec(), ProgramDefaults.none()));
      StackRef ref = StackRef.of("allotment-teamenvironment", CLUSTER.namespace(), "real-adopt");

      assertThatThrownBy(() -> real.engine().up(StackRequest.of(ref, program)))
          .isInstanceOf(StackOperationException.class)
          .hasMessageContaining("already exists");
      Namespace after = CLUSTER.client().namespaces().withName(name).get();
      assertThat(after.getMetadata().getLabels())
          .as("untouched: no label of ours")
          .containsEntry("owner", "someone-else")
          .doesNotContainKey("platform.allotment.dev/team");
      assertThat(after.getMetadata().getUid()).isEqualTo(victim.getMetadata().getUid());

      // Destroying the stack deletes what it created, never the namespace it did not.
      real.engine().destroy(StackRequest.of(ref, ctx -> {}));
      assertStanding(name);
    } finally {
      CLUSTER.client().namespaces().withName(name).delete();
    }
  }

  /**
   * Delete a production TeamEnvironment (Retain), re-create the same namespace/name for
   * development: it must not take over the production stack.
   */
  @Test
  void aRetainedStackIsNotAdoptedByAnotherStage() {
    TeamEnvironment production = Examples.development("real-own");
    production.getMetadata().setName("real-own-env");
    production.getSpec().setStage(Stage.PRODUCTION);
    production.getSpec().setDeletionPolicy(DeletionPolicy.Retain);
    TeamEnvironment created = environments.apply(production);
    environments.awaitCondition(created, ConditionType.READY, "True", Reason.UP_TO_DATE, OPERATION);
    try {
      environments.delete(created);
      environments.awaitGone(created, OPERATION);

      TeamEnvironment development = Examples.development("real-own");
      development.getMetadata().setName("real-own-env");
      TeamEnvironment again = environments.apply(development);

      assertThat(environments.awaitStalled(again, Reason.STACK_OWNED_ELSEWHERE, OPERATION))
          .contains("belongs to team real-own, stage production")
          .contains("not to team real-own, stage development");
      assertThat(real.engine().succeeded(OperationKind.UP, StackResources.ref(again)))
          .as("only the production update ran")
          .isEqualTo(1);
      // Production's resource group is still there.
      assertThat(real.pulumi().azure().objects("azure-native:resources:ResourceGroup"))
          .singleElement()
          .satisfies(g -> assertThat(g.string("name")).isEqualTo("rg-real-own-production"));
    } finally {
      environments.deleteAll(OPERATION);
      CLUSTER.client().namespaces().withName("real-own-production").delete();
      await()
          .atMost(StackResources.DEADLINE)
          .until(() -> CLUSTER.client().namespaces().withName("real-own-production").get() == null);
    }
  }

  /**
   * Stacks updated by an operator from before this change declared their namespace with the default
   * provider; the program now declares it with the create-only provider. That move must update the
   * namespace in place, never replace (delete and re-create) it with everything in it.
   */
  @Test
  void movingANamespaceToTheCreateOnlyProviderKeepsIt() throws Exception {
    String name = "real-move-ns";
    StackRef ref = StackRef.of("allotment-teamenvironment", CLUSTER.namespace(), "real-move");
    var args =
        com.pulumi.kubernetes.core.v1.NamespaceArgs.builder()
            .metadata(
                com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs.builder().name(name).build())
            .build();
    try {
      real.engine()
          .up(StackRequest.of(ref, ctx -> new com.pulumi.kubernetes.core.v1.Namespace(name, args)));
      String uid = CLUSTER.client().namespaces().withName(name).get().getMetadata().getUid();

      var result =
          real.engine()
              .up(
                  StackRequest.of(
                      ref,
                      ctx -> {
                        var createOnly =
                            new com.pulumi.kubernetes.Provider(
                                "hub-create-only",
                                com.pulumi.kubernetes.ProviderArgs.builder()
                                    .enableServerSideApply(false)
                                    .build());
                        new com.pulumi.kubernetes.core.v1.Namespace(
                            name,
                            args,
                            com.pulumi.resources.CustomResourceOptions.builder()
                                .provider(createOnly)
                                .build());
                      }));

      assertThat(result.resourceChanges()).doesNotContainKeys("replace", "delete");
      assertThat(assertStanding(name).getMetadata().getUid()).isEqualTo(uid);
    } finally {
      real.engine().destroy(StackRequest.of(ref, ctx -> {}));
      CLUSTER.client().namespaces().withName(name).delete();
    }
  }

  /** The namespace is there and not being deleted; returns it. */
  private static Namespace assertStanding(String name) {
    Namespace namespace = CLUSTER.client().namespaces().withName(name).get();
    assertThat(namespace).as("namespace " + name).isNotNull();
    assertThat(namespace.getMetadata().getDeletionTimestamp()).as("deletion of " + name).isNull();
    return namespace;
  }
}
