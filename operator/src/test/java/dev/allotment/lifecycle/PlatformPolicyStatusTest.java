package dev.allotment.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.AzurePolicySpec;
import dev.allotment.api.v1alpha1.NamespaceBaselineSpec;
import dev.allotment.api.v1alpha1.NamespaceQuotaSpec;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.PlatformPolicySpec;
import dev.allotment.api.v1alpha1.PolicyDefaultsSpec;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.api.v1alpha1.StageSettingsSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.engine.OperationKind;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import dev.allotment.testing.Examples;
import dev.allotment.testing.FakeStackEngine;
import dev.allotment.testing.RunningOperator;
import dev.allotment.testing.StackResources;
import dev.allotment.testing.TestCluster;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.JSONSchemaProps;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.NonDeletingOperation;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PlatformPolicy's status as {@code kubectl get ppol} shows it: Ready=True, reason Accepted, with
 * the rules it carries, when the operator applies it as written; Ready=False, reason InvalidPolicy,
 * naming the value, when it holds one the operator cannot apply.
 */
class PlatformPolicyStatusTest {

  private static final Path POLICY_CRD =
      Path.of(
          "target",
          "classes",
          "META-INF",
          "fabric8",
          "platformpolicies.platform.allotment.dev-v1.yml");

  @RegisterExtension static final TestCluster CLUSTER = new TestCluster();

  private final FakeStackEngine engine = new FakeStackEngine();

  @RegisterExtension final RunningOperator operator = RunningOperator.on(CLUSTER, engine);

  private final StackResources<TeamEnvironment> environments =
      new StackResources<>(CLUSTER, TeamEnvironment.class);
  private final String policyName = "status-" + UUID.randomUUID().toString().substring(0, 8);
  private boolean schemaLoosened;

  @AfterEach
  void stop() {
    environments.deleteAll();
    CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).delete();
    if (schemaLoosened) {
      TestCluster.installCrd(CLUSTER.client(), POLICY_CRD, true);
    }
  }

  @Test
  void aValidPolicyIsAcceptedAndListsItsRules() {
    PlatformPolicy created =
        createPolicy(
            s -> {
              s.setAzure(new AzurePolicySpec());
              s.getAzure().setAllowedLocations(List.of("westeurope"));
              s.setRequireManualApprovalFor(List.of(Stage.PRODUCTION));
            });

    PlatformPolicy ready = awaitReady(created, "True");

    Condition condition = readyCondition(ready);
    assertThat(condition.getReason()).isEqualTo(Reason.ACCEPTED);
    assertThat(condition.getObservedGeneration()).isEqualTo(ready.getMetadata().getGeneration());
    assertThat(ready.getStatus().getObservedGeneration())
        .isEqualTo(ready.getMetadata().getGeneration());
    assertThat(ready.getStatus().getRules())
        .containsExactlyInAnyOrder("azure.allowedLocations", "requireManualApprovalFor");
    assertThat(condition.getMessage())
        .contains("azure.allowedLocations")
        .contains("requireManualApprovalFor");

    // A new generation is observed, with the rules it now carries.
    PlatformPolicy edited =
        CLUSTER
            .client()
            .resources(PlatformPolicy.class)
            .withName(policyName)
            .edit(
                p -> {
                  p.getSpec().setForbidPauseFor(List.of(Stage.PRODUCTION));
                  return p;
                });
    PlatformPolicy observed =
        await()
            .atMost(StackResources.DEADLINE)
            .until(
                () -> CLUSTER.client().resources(PlatformPolicy.class).withName(policyName).get(),
                p ->
                    p.getStatus() != null
                        && edited
                            .getMetadata()
                            .getGeneration()
                            .equals(p.getStatus().getObservedGeneration()));
    assertThat(observed.getStatus().getRules()).contains("forbidPauseFor");
    assertThat(readyCondition(observed).getStatus()).isEqualTo("True");
  }

  @Test
  void aPolicyWithAValueTheOperatorCannotApplyIsNotReadyAndSaysWhy() {
    // Only a policy stored around the CRD's schema can hold a malformed baseline value: an API
    // server still serving an older PlatformPolicy CRD (Helm never upgrades CRDs) stores it.
    loosenStorageRule();
    PlatformPolicy created =
        createPolicy(
            s -> {
              var quota = new NamespaceQuotaSpec();
              quota.setStorage("lots");
              var namespaces = new NamespaceBaselineSpec();
              namespaces.setQuota(quota);
              var development = new StageSettingsSpec();
              development.setNamespaces(namespaces);
              s.setDefaults(new PolicyDefaultsSpec());
              s.getDefaults().setDevelopment(development);
            });

    PlatformPolicy refused = awaitReady(created, "False");

    String problem =
        "PlatformPolicy \""
            + policyName
            + "\" spec.defaults.development.namespaces.quota.storage: \"lots\" is not a quantity"
            + " of bytes; the platform team must write it like 50Gi";
    Condition condition = readyCondition(refused);
    assertThat(condition.getReason()).isEqualTo(Reason.INVALID_POLICY);
    assertThat(condition.getMessage()).isEqualTo(problem);
    assertThat(refused.getStatus().getRules())
        .containsExactly("defaults.development.namespaces.quota.storage");
    // The stage's resources stall with the same words, and nothing runs.
    TeamEnvironment environment = environments.apply(Examples.development());
    assertThat(environments.awaitStalled(environment, Reason.INVALID_POLICY)).contains(problem);
    assertThat(engine.count(OperationKind.UP)).isZero();
  }

  private PlatformPolicy createPolicy(Consumer<PlatformPolicySpec> spec) {
    PlatformPolicy policy = new PlatformPolicy();
    policy.getMetadata().setName(policyName);
    policy.setSpec(new PlatformPolicySpec());
    spec.accept(policy.getSpec());
    // Right after a CRD change the API server may still judge by the old schema for a moment.
    return await()
        .atMost(StackResources.DEADLINE)
        .ignoreException(KubernetesClientException.class)
        .until(
            () -> CLUSTER.client().resource(policy).createOr(NonDeletingOperation::update),
            p -> p != null);
  }

  private PlatformPolicy awaitReady(PlatformPolicy policy, String status) {
    return await()
        .atMost(StackResources.DEADLINE)
        .until(
            () ->
                CLUSTER
                    .client()
                    .resources(PlatformPolicy.class)
                    .withName(policy.getMetadata().getName())
                    .get(),
            p ->
                p.getStatus() != null
                    && Conditions.find(p.getStatus().getConditions(), ConditionType.READY)
                        .filter(c -> status.equals(c.getStatus()))
                        .isPresent());
  }

  private static Condition readyCondition(PlatformPolicy policy) {
    return Conditions.find(policy.getStatus().getConditions(), ConditionType.READY).orElseThrow();
  }

  /** The PlatformPolicy CRD without the rule on quota.storage of development, as an older CRD. */
  private void loosenStorageRule() {
    CustomResourceDefinition crd = TestCluster.installCrd(CLUSTER.client(), POLICY_CRD, true);
    JSONSchemaProps storage =
        crd.getSpec()
            .getVersions()
            .get(0)
            .getSchema()
            .getOpenAPIV3Schema()
            .getProperties()
            .get("spec")
            .getProperties()
            .get("defaults")
            .getProperties()
            .get("development")
            .getProperties()
            .get("namespaces")
            .getProperties()
            .get("quota")
            .getProperties()
            .get("storage");
    storage.setXKubernetesValidations(null);
    crd.getMetadata().setResourceVersion(null);
    schemaLoosened = true;
    CLUSTER
        .client()
        .apiextensions()
        .v1()
        .customResourceDefinitions()
        .resource(crd)
        .createOr(NonDeletingOperation::update);
  }
}
