package dev.allotment.validation;

import dev.allotment.api.v1alpha1.ArgoCdSpec;
import dev.allotment.api.v1alpha1.AutoScaleSpec;
import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.ClusterSpec;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.NodePoolSpec;
import dev.allotment.config.ProgramDefaults;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a Cluster spec against what its provider's program needs. Pure. */
public final class ClusterValidator {

  static final Pattern VERSION =
      Pattern.compile("^(latest|[0-9]+\\.[0-9]+(\\.[0-9]+)?(-do\\.[0-9]+)?)$");
  static final Pattern NODE_SIZE = Pattern.compile("^[A-Za-z0-9_.-]+$");
  static final Pattern REGION = Pattern.compile("^[a-z0-9]+$");
  static final Pattern LABEL_KEY =
      Pattern.compile(
          "^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$");
  static final Pattern LABEL_VALUE =
      Pattern.compile("^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$");

  private ClusterValidator() {}

  /** Every problem found; empty when the spec is valid. */
  public static List<SpecProblem> validate(ClusterSpec spec, ProgramDefaults defaults) {
    List<SpecProblem> problems = new ArrayList<>();
    if (!SpecBasics.readable(spec, problems)) {
      return problems;
    }
    SpecBasics.teamAndStage(spec.getTeam(), spec.getStage(), problems);
    ClusterProvider provider = spec.getProvider();
    if (provider == null) {
      problems.add(
          new SpecProblem("spec.provider", "is required: one of digitalocean, azure, vcluster"));
    }
    if (provider == ClusterProvider.DIGITALOCEAN || provider == ClusterProvider.AZURE) {
      if (spec.getRegion() == null) {
        boolean azureDefault =
            provider == ClusterProvider.AZURE && defaults.azureLocation().isPresent();
        if (!azureDefault) {
          problems.add(
              new SpecProblem(
                  "spec.region",
                  "is required for provider "
                      + provider.name().toLowerCase()
                      + ", e.g. "
                      + (provider == ClusterProvider.AZURE ? "westeurope" : "ams3")));
        }
      } else if (!REGION.matcher(spec.getRegion()).matches()) {
        problems.add(
            new SpecProblem(
                "spec.region",
                "'"
                    + SpecBasics.abbreviate(spec.getRegion())
                    + "' is not a region name: lowercase letters and digits, e.g. ams3"));
      }
    }
    if (provider == ClusterProvider.AZURE && defaults.azureSubscriptionId().isEmpty()) {
      problems.add(
          new SpecProblem(
              "spec.provider",
              "azure clusters need the operator's default subscription: set"
                  + " ALLOTMENT_AZURE_SUBSCRIPTION_ID (Helm value azure.subscriptionId)"));
    }
    if (spec.getVersion() != null && !VERSION.matcher(spec.getVersion()).matches()) {
      problems.add(
          new SpecProblem(
              "spec.version",
              "'"
                  + SpecBasics.abbreviate(spec.getVersion())
                  + "' is not a Kubernetes version: use latest, 1.31 or 1.31.1"));
    }
    Steering.check(spec, problems);
    nodePool(spec.getNodePool(), provider, problems);
    argocd(spec.getArgocd(), defaults, problems);
    return problems;
  }

  private static void nodePool(
      NodePoolSpec pool, ClusterProvider provider, List<SpecProblem> problems) {
    if (pool == null) {
      problems.add(new SpecProblem("spec.nodePool", "is required: size and count"));
      return;
    }
    if (provider != ClusterProvider.VCLUSTER
        && (pool.getSize() == null || !NODE_SIZE.matcher(pool.getSize()).matches())) {
      problems.add(
          new SpecProblem(
              "spec.nodePool.size",
              "is required: a node size of the provider, e.g. s-2vcpu-4gb or Standard_D2s_v5"));
    }
    if (pool.getCount() == null || pool.getCount() < 1 || pool.getCount() > 1000) {
      problems.add(new SpecProblem("spec.nodePool.count", "must be between 1 and 1000"));
    }
    AutoScaleSpec auto = pool.getAutoScale();
    if (auto != null) {
      if (auto.getMin() == null
          || auto.getMax() == null
          || auto.getMin() < 1
          || auto.getMax() > 1000) {
        problems.add(
            new SpecProblem(
                "spec.nodePool.autoScale", "needs min and max, both between 1 and 1000"));
      } else if (auto.getMin() > auto.getMax()) {
        problems.add(
            new SpecProblem(
                "spec.nodePool.autoScale.min",
                "must not exceed max (" + auto.getMin() + " > " + auto.getMax() + ")"));
      } else if (pool.getCount() != null
          && (pool.getCount() < auto.getMin() || pool.getCount() > auto.getMax())) {
        problems.add(
            new SpecProblem(
                "spec.nodePool.count",
                "must lie within autoScale min and max ("
                    + auto.getMin()
                    + ".."
                    + auto.getMax()
                    + ")"));
      }
    }
  }

  private static void argocd(
      ArgoCdSpec argocd, ProgramDefaults defaults, List<SpecProblem> problems) {
    if (argocd == null) {
      return;
    }
    if (argocd.getNamespace() != null
        && (argocd.getNamespace().length() > 63
            || !Rules.DNS_LABEL.matcher(argocd.getNamespace()).matches())) {
      problems.add(new SpecProblem("spec.argocd.namespace", "is not a namespace name"));
    } else if (argocd.getNamespace() != null
        && !argocd.getNamespace().equals(defaults.argocdNamespace())) {
      problems.add(
          new SpecProblem(
              "spec.argocd.namespace",
              "'"
                  + argocd.getNamespace()
                  + "' is not Argo CD's namespace: the platform decides where clusters are"
                  + " registered (ALLOTMENT_ARGOCD_NAMESPACE, here "
                  + defaults.argocdNamespace()
                  + "); leave the field out"));
    }
    if (argocd.getProject() != null
        && (argocd.getProject().length() > 63
            || !Rules.DNS_LABEL.matcher(argocd.getProject()).matches())) {
      problems.add(
          new SpecProblem(
              "spec.argocd.project", "is not an Argo CD project name (a DNS label, at most 63)"));
    }
    if (argocd.getLabels() != null && argocd.getLabels().size() > 20) {
      problems.add(
          new SpecProblem(
              "spec.argocd.labels", "has " + argocd.getLabels().size() + " labels; at most 20"));
    }
    for (Map.Entry<String, String> label :
        argocd.getLabels() == null
            ? List.<Map.Entry<String, String>>of()
            : argocd.getLabels().entrySet()) {
      if (label.getKey() != null && OwnedNames.reservedLabel(label.getKey())) {
        problems.add(
            new SpecProblem(
                "spec.argocd.labels",
                "'"
                    + SpecBasics.abbreviate(label.getKey())
                    + "' is reserved (env in any case, and every key under "
                    + String.join(", ", Groups.RESERVED_LABEL_DOMAINS)
                    + " or their subdomains): the operator sets env from spec.stage and its own"
                    + " labels itself, Argo CD and Kubernetes own theirs; choose another key"));
      } else if (!LABEL_KEY.matcher(label.getKey()).matches()
          || label.getValue() == null
          || !LABEL_VALUE.matcher(label.getValue()).matches()) {
        problems.add(
            new SpecProblem(
                "spec.argocd.labels",
                "'"
                    + SpecBasics.abbreviate(label.getKey())
                    + "' is not a valid Kubernetes label (key/value)"));
      }
    }
  }
}
