package dev.allotment.engine.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PendingCreatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "github:index/repository:Repository | name=payments-development | payments-development",
        "github:index/team:Team | name=Payments Development | payments-development",
        "github:index/teamMembership:TeamMembership | teamId=42,username=alice | 42:alice",
        "github:index/teamRepository:TeamRepository | teamId=42,repository=svc | 42:svc",
        "github:index/repositoryEnvironment:RepositoryEnvironment | repository=svc,environment=production | svc:production",
        "github:index/actionsEnvironmentVariable:ActionsEnvironmentVariable | repository=svc,environment=test,variableName=KUBE_NAMESPACE | svc:test:KUBE_NAMESPACE",
        "github:index/teamMembership:TeamMembership | username=alice | -",
        "azure-native:resources:ResourceGroup | resourceGroupName=rg | -",
        "kubernetes:core/v1:Namespace | name=ns | -"
      })
  void importIdsFollowTheProvidersDocumentation(String type, String inputs, String expected) {
    Map<String, Object> in = new java.util.LinkedHashMap<>();
    for (String pair : inputs.split(",")) {
      String[] kv = pair.split("=", 2);
      in.put(kv[0], kv[1]);
    }
    assertThat(PendingCreates.importId(type, in)).isEqualTo(Optional.ofNullable(expected));
  }

  /**
   * Namespaces are created with a plain create that refuses an existing one, so one a dead update
   * created must be adopted, or the next update fails on it forever.
   */
  @Test
  void aNamespaceIsAdoptedByItsName() {
    assertThat(
            PendingCreates.importId(
                "kubernetes:core/v1:Namespace",
                Map.of("metadata", Map.of("name", "payments-development"))))
        .contains("payments-development");
  }

  @Test
  void readsOnlyPendingCreatesFromTheExportedDeployment() {
    Map<String, Object> deployment =
        Map.of(
            "pending_operations",
            List.of(
                Map.of(
                    "type",
                    "creating",
                    "resource",
                    Map.of(
                        "urn", "urn:pulumi:s::p::github:index/repository:Repository::repo",
                        "type", "github:index/repository:Repository",
                        "inputs", Map.of("name", "repo"))),
                Map.of(
                    "type",
                    "updating",
                    "resource",
                    Map.of("urn", "urn:x", "type", "kubernetes:core/v1:Namespace"))));

    assertThat(PendingCreates.of(deployment))
        .containsExactly(
            new PendingCreates.Pending(
                "urn:pulumi:s::p::github:index/repository:Repository::repo",
                "github:index/repository:Repository",
                Optional.of("repo")));
    assertThat(PendingCreates.of(Map.of())).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void resolvingAdoptsWhatHasAnImportIdAndForgetsTheRest() {
    String provider = "urn:pulumi:s::p::pulumi:providers:github::default::0b1c";
    Map<String, Object> repository =
        Map.of(
            "urn",
            "urn:pulumi:s::p::github:index/repository:Repository::repo",
            "type",
            "github:index/repository:Repository",
            "custom",
            true,
            "provider",
            provider,
            "inputs",
            Map.of("name", "payments-development"));
    Map<String, Object> group =
        Map.of(
            "urn", "urn:pulumi:s::p::azure-native:resources:ResourceGroup::rg",
            "type", "azure-native:resources:ResourceGroup",
            "inputs", Map.of("resourceGroupName", "rg"));
    Map<String, Object> existing = Map.of("urn", "urn:pulumi:s::p::pulumi:pulumi:Stack::p-s");
    Map<String, Object> deployment =
        Map.of(
            "manifest",
            Map.of("version", "v3.207.0"),
            "resources",
            List.of(existing),
            "pending_operations",
            List.of(
                Map.of("type", "creating", "resource", repository),
                Map.of("type", "creating", "resource", group),
                Map.of("type", "updating", "resource", existing)));

    PendingCreates.Resolved resolved = PendingCreates.resolve(deployment);

    assertThat(resolved.adopted()).isEqualTo(1);
    assertThat(resolved.forgotten()).isEqualTo(2);
    assertThat(resolved.deployment()).doesNotContainKey("pending_operations");
    assertThat(resolved.deployment()).containsEntry("manifest", Map.of("version", "v3.207.0"));
    List<Map<String, Object>> resources =
        (List<Map<String, Object>>) resolved.deployment().get("resources");
    assertThat(resources).hasSize(2);
    assertThat(resources.get(0)).isEqualTo(existing);
    assertThat(resources.get(1))
        .containsEntry("id", "payments-development")
        .containsEntry("provider", provider)
        .containsEntry("custom", true)
        .containsEntry("inputs", Map.of("name", "payments-development"))
        .containsEntry("outputs", Map.of("name", "payments-development"));
  }
}
