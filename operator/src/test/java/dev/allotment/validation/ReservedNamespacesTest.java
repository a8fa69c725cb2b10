package dev.allotment.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allotment.config.ProgramDefaults;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hub's own namespaces, wherever the operator runs (issue 21, item 14): the namespace it runs
 * in ({@code POD_NAMESPACE}) is reserved as {@code allotment-system} always was, and so is the
 * configured Argo CD namespace.
 */
class ReservedNamespacesTest {

  @ParameterizedTest(name = "{0} with the operator in {1}: reserved {2}")
  @CsvSource({
    "allotment-system, allotment-system, true",
    "allotment-system, payments-platform, true",
    "payments-platform, payments-platform, true",
    "payments-platform, allotment-system, false",
    "payments-platform-x, payments-platform, false",
    "default, payments-platform, true",
    "kube-system, payments-platform, true",
    "kube-anything, payments-platform, true",
    "argocd, payments-platform, true",
    "gitops, payments-platform, true",
    "payments-development, payments-platform, false",
  })
  void theOperatorsNamespaceIsReservedWhereverItRuns(
      String namespace, String operatorNamespace, boolean reserved) {
    ProgramDefaults defaults = withArgoCdIn("gitops").withOperatorNamespace(operatorNamespace);

    assertThat(ReservedNamespaces.isReserved(namespace, defaults)).isEqualTo(reserved);
    assertThat(ReservedNamespaces.describe(defaults)).contains(operatorNamespace);
  }

  @ParameterizedTest(name = "operator in {0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "allotment-system | default, kube-*, allotment-system, argocd, gitops",
        "payments-platform | default, kube-*, allotment-system, argocd, payments-platform, gitops",
      })
  void theMessageListsEachReservedNamespaceOnce(String operatorNamespace, String listed) {
    assertThat(
            ReservedNamespaces.describe(
                withArgoCdIn("gitops").withOperatorNamespace(operatorNamespace)))
        .isEqualTo(listed);
  }

  private static ProgramDefaults withArgoCdIn(String namespace) {
    ProgramDefaults none = ProgramDefaults.none();
    return new ProgramDefaults(
        none.githubOrganization(),
        none.azureSubscriptionId(),
        none.azureLocation(),
        namespace,
        none.meshInjection(),
        none.hubApiServer());
  }
}
