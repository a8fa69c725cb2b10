package dev.allotment.program;

import com.pulumi.azurenative.Provider;
import com.pulumi.azurenative.ProviderArgs;
import com.pulumi.azurenative.containerservice.ContainerserviceFunctions;
import com.pulumi.azurenative.containerservice.ManagedCluster;
import com.pulumi.azurenative.containerservice.ManagedClusterArgs;
import com.pulumi.azurenative.containerservice.enums.AgentPoolMode;
import com.pulumi.azurenative.containerservice.enums.AgentPoolType;
import com.pulumi.azurenative.containerservice.enums.OSType;
import com.pulumi.azurenative.containerservice.enums.ResourceIdentityType;
import com.pulumi.azurenative.containerservice.inputs.ListManagedClusterUserCredentialsArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterAgentPoolProfileArgs;
import com.pulumi.azurenative.containerservice.inputs.ManagedClusterIdentityArgs;
import com.pulumi.core.Output;
import com.pulumi.deployment.InvokeOptions;
import com.pulumi.resources.CustomResourceOptions;
import dev.allotment.api.v1alpha1.Groups;
import java.util.Map;

/**
 * An AKS managed cluster in the team's resource group: system-assigned identity, one system node
 * pool as the spec asks, the kubeconfig taken from the cluster's user credentials.
 */
final class AksCluster {

  private AksCluster() {}

  static ClusterOutputs declare(ClusterModel model) {
    var provider =
        new Provider(
            "azure",
            ProviderArgs.builder()
                .subscriptionId(model.azureSubscriptionId().orElseThrow())
                .build());
    var options = CustomResourceOptions.builder().provider(provider).build();

    var pool =
        ManagedClusterAgentPoolProfileArgs.builder()
            .name("system")
            .mode(AgentPoolMode.System)
            .type(AgentPoolType.VirtualMachineScaleSets)
            .osType(OSType.Linux)
            .vmSize(model.nodeSize().orElseThrow())
            .count(model.nodeCount())
            .enableAutoScaling(model.autoScale());
    model.minNodes().ifPresent(pool::minCount);
    model.maxNodes().ifPresent(pool::maxCount);

    var args =
        ManagedClusterArgs.builder()
            .resourceName(model.clusterName())
            .resourceGroupName(model.resourceGroupName())
            .location(model.region().orElseThrow())
            .dnsPrefix(model.clusterName())
            .identity(
                ManagedClusterIdentityArgs.builder()
                    .type(ResourceIdentityType.SystemAssigned)
                    .build())
            .agentPoolProfiles(pool.build())
            .tags(
                Map.of(
                    Groups.TAG_TEAM, model.team(),
                    Groups.TAG_STAGE, model.stage().value(),
                    Groups.TAG_MANAGED_BY, Groups.MANAGED_BY));
    if (!ClusterModel.LATEST.equals(model.version())) {
      args.kubernetesVersion(model.version());
    }
    var cluster = new ManagedCluster(model.clusterName(), args.build(), options);

    var credentials =
        ContainerserviceFunctions.listManagedClusterUserCredentials(
            ListManagedClusterUserCredentialsArgs.builder()
                .resourceGroupName(Output.of(model.resourceGroupName()))
                .resourceName(cluster.name())
                .build(),
            new InvokeOptions(null, provider, null));
    Output<String> kubeconfig =
        credentials
            .applyValue(c -> ClusterOutputs.decode(c.kubeconfigs().get(0).value()))
            .asSecret();

    return new ClusterOutputs(
        cluster.fqdn().applyValue(fqdn -> "https://" + fqdn + ":443"),
        cluster.id(),
        cluster.currentKubernetesVersion(),
        kubeconfig);
  }
}
