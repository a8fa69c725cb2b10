package dev.allotment.policy;

import static dev.allotment.policy.Policies.environment;
import static dev.allotment.policy.Policies.policy;
import static dev.allotment.policy.Policies.tenancy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.Stage;
import dev.allotment.status.Reason;
import dev.allotment.validation.SpecProblem;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tenancy is deny by default: a namespace orders only for the team (and stages) the platform bound
 * it to, with a label on the Namespace or a PlatformPolicy tenancy rule (holes 1 and 2 of issue
 * 12).
 */
class NamespaceBindingTest {

  private static final PlatformPolicy RULES =
      policy("tenancy", tenancy("team-payments", "payments", "*"));

  private static NamespaceBinding bound(String team, String stages) {
    var builder =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName("team-payments")
            .addToLabels(NamespaceBinding.TENANT_LABEL, team);
    if (stages != null) {
      builder.addToAnnotations(NamespaceBinding.STAGES_ANNOTATION, stages);
    }
    return NamespaceBinding.of(builder.endMetadata().build());
  }

  static Stream<Arguments> verdicts() {
    return Stream.of(
        // binding, policies, team, stage, expected reason (null: allowed), field
        Arguments.of(
            NamespaceBinding.NONE,
            List.of(),
            "payments",
            Stage.DEVELOPMENT,
            Reason.NAMESPACE_NOT_BOUND,
            "metadata.namespace"),
        Arguments.of(bound("payments", null), List.of(), "payments", Stage.PRODUCTION, null, null),
        Arguments.of(
            bound("payments", null),
            List.of(),
            "checkout",
            Stage.DEVELOPMENT,
            Reason.TENANCY_VIOLATION,
            "spec.team"),
        Arguments.of(
            bound("payments", "development,test"),
            List.of(),
            "payments",
            Stage.PRODUCTION,
            Reason.TENANCY_VIOLATION,
            "spec.stage"),
        Arguments.of(
            bound("payments", "development, test"), List.of(), "payments", Stage.TEST, null, null),
        // A tenancy rule binds too; the policy's own rule check (PolicyEvaluator) then decides.
        Arguments.of(
            NamespaceBinding.NONE, List.of(RULES), "payments", Stage.DEVELOPMENT, null, null),
        // The label is strict even where a rule would allow more.
        Arguments.of(
            bound("checkout", null),
            List.of(RULES),
            "payments",
            Stage.DEVELOPMENT,
            Reason.TENANCY_VIOLATION,
            "spec.team"),
        // A namespace the operator created orders nothing by itself (issue 21, item 5), not even
        // where a rule's glob matches its name (the team chose that name): only the tenant label
        // binds it.
        Arguments.of(
            labelled(OPERATOR_CREATED),
            List.of(),
            "payments",
            Stage.DEVELOPMENT,
            Reason.NAMESPACE_NOT_BOUND,
            "metadata.namespace"),
        Arguments.of(
            labelled(OPERATOR_CREATED),
            List.of(RULES),
            "payments",
            Stage.DEVELOPMENT,
            Reason.NAMESPACE_NOT_BOUND,
            "metadata.namespace"),
        Arguments.of(
            labelled(
                Map.of(
                    "app.kubernetes.io/managed-by", "allotment",
                    "platform.allotment.dev/team", "payments",
                    "platform.allotment.dev/stage", "development")),
            List.of(),
            "payments",
            Stage.DEVELOPMENT,
            Reason.NAMESPACE_NOT_BOUND,
            "metadata.namespace"),
        Arguments.of(
            labelled(with(OPERATOR_CREATED, NamespaceBinding.TENANT_LABEL, "payments")),
            List.of(),
            "payments",
            Stage.PRODUCTION,
            null,
            null),
        // Bound before the tenant label existed, by the platform: still binds.
        Arguments.of(
            labelled(Map.of("platform.allotment.dev/team", "payments")),
            List.of(),
            "payments",
            Stage.DEVELOPMENT,
            null,
            null),
        Arguments.of(
            labelled(Map.of("platform.allotment.dev/team", "payments")),
            List.of(),
            "checkout",
            Stage.DEVELOPMENT,
            Reason.TENANCY_VIOLATION,
            "spec.team"));
  }

  /** The labels the real kubernetes provider leaves on a team namespace the program created. */
  private static final Map<String, String> OPERATOR_CREATED =
      Map.of(
          "app.kubernetes.io/managed-by", "pulumi",
          "platform.allotment.dev/team", "payments",
          "platform.allotment.dev/stage", "development",
          "platform.allotment.dev/kind", "teamenvironment");

  private static NamespaceBinding labelled(Map<String, String> labels) {
    return NamespaceBinding.of(
        new NamespaceBuilder()
            .withNewMetadata()
            .withName("payments-development")
            .withLabels(labels)
            .endMetadata()
            .build());
  }

  private static Map<String, String> with(Map<String, String> labels, String key, String value) {
    var all = new java.util.HashMap<>(labels);
    all.put(key, value);
    return all;
  }

  @ParameterizedTest
  @MethodSource("verdicts")
  void bindingDecides(
      NamespaceBinding binding,
      List<PlatformPolicy> policies,
      String team,
      Stage stage,
      String reason,
      String field) {
    var request = environment("team-payments", team, stage, "westeurope", "nordic-retail");

    Optional<TenancyRefusal> refusal = PolicyEvaluator.tenancy(request, binding, policies);

    if (reason == null) {
      assertThat(refusal).isEmpty();
    } else {
      assertThat(refusal).get().extracting(TenancyRefusal::reason).isEqualTo(reason);
      assertThat(refusal.get().problems()).extracting(SpecProblem::field).containsExactly(field);
    }
  }

  @Test
  void anUnboundNamespaceIsToldHowToBind() {
    var request = environment();

    TenancyRefusal refusal =
        PolicyEvaluator.tenancy(request, NamespaceBinding.NONE, List.of()).orElseThrow();

    assertThat(refusal.problems().get(0).message())
        .contains("namespace team-payments is not bound to a team")
        .contains("kubectl label namespace team-payments platform.allotment.dev/tenant=<team>")
        .contains("platform.allotment.dev/stages")
        .contains("PlatformPolicy tenancy rule");
  }

  @Test
  void aNamespaceTheOperatorCreatedIsToldWhoBindsIt() {
    TenancyRefusal refusal =
        PolicyEvaluator.tenancy(
                environment(
                    "payments-development",
                    "payments",
                    Stage.DEVELOPMENT,
                    "westeurope",
                    "nordic-retail"),
                labelled(OPERATOR_CREATED),
                List.of(RULES))
            .orElseThrow();

    assertThat(refusal.problems().get(0).message())
        .contains("namespace payments-development was created by Allotment")
        .contains("orders nothing by itself")
        .contains(
            "kubectl label namespace payments-development platform.allotment.dev/tenant=<team>");
  }

  @Test
  void theBindingIsReadFromTheNamespacesLabelAndAnnotation() {
    var source =
        NamespaceSource.of(
            Map.of("team-payments", Map.of(NamespaceBinding.TENANT_LABEL, "payments")),
            Map.of("team-payments", "development"));

    assertThat(source.binding("team-payments"))
        .isEqualTo(new NamespaceBinding(Optional.of("payments"), List.of("development")));
    assertThat(source.binding("elsewhere")).isEqualTo(NamespaceBinding.NONE);
  }

  @Test
  void anExistingNamespaceIsOursOnlyWhenTheOperatorMadeItForThisTeamAndStage() {
    var ours =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName("payments-development")
            .addToLabels("app.kubernetes.io/managed-by", "allotment")
            .addToLabels("platform.allotment.dev/team", "payments")
            .addToLabels("platform.allotment.dev/stage", "development")
            .endMetadata()
            .build();
    var system = new NamespaceBuilder().withNewMetadata().withName("kube-system").endMetadata();

    assertThat(
            NamespaceOwnership.check(
                "f", "payments-development", Optional.of(ours), "payments", "development", "x"))
        .isEmpty();
    assertThat(
            NamespaceOwnership.check(
                "f", "payments-development", Optional.of(ours), "checkout", "development", "x"))
        .get()
        .extracting(SpecProblem::message)
        .asString()
        .contains("already exists")
        .contains("created it for team payments, stage development");
    assertThat(
            NamespaceOwnership.check(
                "f", "kube-system", Optional.of(system.build()), "kube", "development", "x"))
        .get()
        .extracting(SpecProblem::message)
        .asString()
        .contains("not created by Allotment");
    assertThat(NamespaceOwnership.check("f", "new", Optional.empty(), "a", "b", "c")).isEmpty();
    // As the kubernetes provider's client-side create leaves it: managed-by pulumi, our kind.
    var created =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName("payments-development")
            .addToLabels("app.kubernetes.io/managed-by", "pulumi")
            .addToLabels("platform.allotment.dev/team", "payments")
            .addToLabels("platform.allotment.dev/stage", "development")
            .addToLabels("platform.allotment.dev/kind", "teamenvironment")
            .endMetadata()
            .build();
    assertThat(
            NamespaceOwnership.check(
                "f",
                "payments-development",
                Optional.of(created),
                "payments",
                "development",
                "teamenvironment"))
        .isEmpty();
    assertThat(
            NamespaceOwnership.check(
                "f",
                "payments-development",
                Optional.of(created),
                "payments",
                "development",
                "cluster"))
        .isPresent();
    // A namespace the platform bound for ordering (team label, no stage) is not a team namespace.
    var ordering =
        new NamespaceBuilder()
            .withNewMetadata()
            .withName("payments-tools")
            .addToLabels("platform.allotment.dev/team", "payments")
            .endMetadata()
            .build();
    assertThat(
            NamespaceOwnership.check(
                "f", "payments-tools", Optional.of(ordering), "payments", "development", "x"))
        .isPresent();
  }
}
