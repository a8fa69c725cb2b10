package dev.allotment.program;

import com.pulumi.Context;
import dev.allotment.engine.StackOwnership;
import dev.allotment.engine.StackProgram;

/**
 * The Cluster program: one of three providers, the same outputs for all. Change {@link #VERSION}
 * with any change to what it declares.
 */
public final class ClusterProgram {

  /** Part of every Cluster stack's fingerprint. */
  public static final String VERSION = "3";

  private ClusterProgram() {}

  public static StackProgram of(ClusterModel model) {
    return ctx -> declare(ctx, model);
  }

  static void declare(Context ctx, ClusterModel model) {
    ClusterOutputs outputs =
        switch (model.provider()) {
          case DIGITALOCEAN -> DigitalOceanCluster.declare(model);
          case AZURE -> AksCluster.declare(model);
          case VCLUSTER -> VCluster.declare(model);
        };
    ctx.export("endpoint", outputs.endpoint());
    ctx.export("clusterId", outputs.clusterId());
    ctx.export("kubernetesVersion", outputs.kubernetesVersion());
    ctx.export("kubeconfig", outputs.kubeconfig());
    ctx.export("provider", com.pulumi.core.Output.of(model.provider().name().toLowerCase()));
    ctx.export(StackOwnership.TEAM, com.pulumi.core.Output.of(model.team()));
    ctx.export(StackOwnership.STAGE, com.pulumi.core.Output.of(model.stage().value()));
    ctx.export(
        StackOwnership.DELETION_POLICY, com.pulumi.core.Output.of(model.deletionPolicy().name()));
  }
}
