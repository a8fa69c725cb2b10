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
}
