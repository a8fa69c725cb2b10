package dev.allotment.program;

import com.pulumi.Context;
import com.pulumi.core.Output;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackProgram;
import java.util.Optional;

/**
 * The TeamEnvironment program: a pure function of the resolved model (spec plus operator defaults)
 * to declared resources and string outputs. Change {@link #VERSION} with any change to what it
 * declares, so every stack is updated once.
 */
public final class TeamEnvironmentProgram {

  /** Part of every TeamEnvironment stack's fingerprint. */
  public static final String VERSION = "3";

  private TeamEnvironmentProgram() {}

  /** The program for an environment on the hub. */
  public static StackProgram of(TeamEnvironmentModel model) {
    return of(model, Optional.empty());
  }

  /**
   * The program.
   *
   * @param clusterKubeconfig kubeconfig of the referenced Cluster, for environments with a
   *     clusterRef
   */
  public static StackProgram of(TeamEnvironmentModel model, Optional<String> clusterKubeconfig) {
    return ctx -> declare(ctx, model, clusterKubeconfig);
  }

  static void declare(Context ctx, TeamEnvironmentModel model, Optional<String> clusterKubeconfig) {
    var azure = AzureIdentity.declare(model);
    var kubernetes = TeamNamespace.declare(model, clusterKubeconfig);
    var github =
        TeamRepository.declare(
            model,
            new TeamRepository.Credentials(
                azure.clientId(),
                azure.tenantId(),
                azure.resourceGroupName(),
                kubernetes.namespace(),
                kubernetes.kubeconfig()));

    model
        .entraGroup()
        .ifPresent(
            group -> ctx.export("entraGroupObjectId", TeamEntraGroup.declare(model, group, azure)));

    // Strings only: the Automation API reads stack outputs as a map of strings.
    ctx.export("resourceGroupName", azure.resourceGroupName());
    ctx.export("resourceGroupId", azure.resourceGroupId());
    ctx.export("azureClientId", azure.clientId());
    ctx.export("azurePrincipalId", azure.principalId());
    ctx.export("azureTenantId", azure.tenantId());
    ctx.export("azureSubscriptionId", Output.of(model.subscriptionId()));
    ctx.export("namespace", kubernetes.namespace());
    ctx.export("serviceAccount", Output.of(TeamNamespace.DEPLOYER));
    ctx.export("kubeconfig", kubernetes.kubeconfig());
    ctx.export("repository", github.fullName());
    ctx.export("repositoryUrl", github.htmlUrl());
    ctx.export("githubEnvironment", github.environment());
    ctx.export("kubernetesServer", Output.of(model.apiServer()));
    // Who the stack belongs to and what its owner decided for its deletion, kept in its state: a
    // re-created resource adopts it only for the same team and stage, and with its Retain (see
    // StackOwnership).
    ctx.export(StackOwnership.TEAM, Output.of(model.team()));
    ctx.export(StackOwnership.STAGE, Output.of(model.stage().value()));
    ctx.export(StackOwnership.DELETION_POLICY, Output.of(model.deletionPolicy().name()));
  }
}
