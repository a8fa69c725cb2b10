package dev.allotment.validation;

import dev.allotment.api.v1alpha1.ClusterProvider;
import dev.allotment.api.v1alpha1.ClusterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every name derived from {@code metadata.name}, {@code spec.team} and {@code spec.stage}, checked
 * against the limits of where it goes, before anything is created: a name too long for its target
 * would otherwise fail every update and be retried forever. Each problem names the field to shorten
 * and the derived name that does not fit.
 */
public final class DerivedNames {

  /** Kubernetes object names (DNS subdomain): Secrets. */
  static final int OBJECT_NAME = 253;

  /** Kubernetes namespaces and services (DNS label). */
  static final int DNS_LABEL = 63;

  /** Helm release names. */
  static final int HELM_RELEASE = 53;

  /** An AKS cluster's DNS prefix (the cluster name is also its DNS prefix). */
  static final int AKS_DNS_PREFIX = 54;

  /** A Service name: a DNS-1035 label, starting with a letter. */
  static final Pattern DNS_1035 = Pattern.compile("^[a-z]([-a-z0-9]*[a-z0-9])?$");

  static final String OUTPUTS_SUFFIX = "-outputs";

  private DerivedNames() {}

  /** A TeamEnvironment's: its outputs Secret {@code <name>-outputs}. */
  public static List<SpecProblem> teamEnvironment(String name) {
    List<SpecProblem> problems = new ArrayList<>();
    outputsSecret(name, problems);
    return problems;
  }

  /**
   * A Cluster's: its outputs Secret, its Argo CD cluster Secret {@code cluster-<namespace>.<name>},
   * and per provider the vcluster namespace {@code vc-<team>-<name>} and release {@code <name>}
   * (also its Service's name), or the cloud cluster name {@code <team>-<stage>-<name>}.
   */
  public static List<SpecProblem> cluster(String namespace, String name, ClusterSpec spec) {
    List<SpecProblem> problems = new ArrayList<>();
    if (name == null || spec == null || spec.getTeam() == null || spec.getStage() == null) {
      return problems;
    }
    outputsSecret(name, problems);
    if (!Rules.DNS_LABEL.matcher(name).matches()) {
      problems.add(
          new SpecProblem(
              "metadata.name",
              "'"
                  + SpecBasics.abbreviate(name)
                  + "' cannot name a cluster: use lowercase letters, digits and '-' (no dots)"));
      return problems;
    }
    String argocd = "cluster-" + namespace + "." + name;
    if (argocd.length() > OBJECT_NAME) {
      tooLong(problems, "the Argo CD cluster Secret", argocd, OBJECT_NAME);
    }
    String teamStage = spec.getTeam() + "-" + spec.getStage().value();
    if (spec.getProvider() == ClusterProvider.VCLUSTER) {
      if (!DNS_1035.matcher(name).matches()) {
        problems.add(
            new SpecProblem(
                "metadata.name",
                "'"
                    + name
                    + "' must start with a letter: the vcluster's Service is named after it"));
      }
      if (name.length() > HELM_RELEASE) {
        tooLong(problems, "the vcluster Helm release", name, HELM_RELEASE);
      }
      String hostNamespace = OwnedNames.VCLUSTER_NAMESPACE_PREFIX + spec.getTeam() + "-" + name;
      if (hostNamespace.length() > DNS_LABEL) {
        tooLong(problems, "the vcluster's hub namespace", hostNamespace, DNS_LABEL);
      }
    } else if (spec.getProvider() == ClusterProvider.AZURE) {
      String clusterName = teamStage + "-" + name;
      if (clusterName.length() > AKS_DNS_PREFIX) {
        tooLong(problems, "the AKS cluster name and DNS prefix", clusterName, AKS_DNS_PREFIX);
      }
    } else if (spec.getProvider() == ClusterProvider.DIGITALOCEAN) {
      String clusterName = teamStage + "-" + name;
      if (clusterName.length() > DNS_LABEL) {
        tooLong(problems, "the DigitalOcean cluster name", clusterName, DNS_LABEL);
      }
    }
    return problems;
  }

  private static void outputsSecret(String name, List<SpecProblem> problems) {
    if (name != null && (name + OUTPUTS_SUFFIX).length() > OBJECT_NAME) {
      tooLong(problems, "the outputs Secret", name + OUTPUTS_SUFFIX, OBJECT_NAME);
    }
  }

  private static void tooLong(List<SpecProblem> problems, String what, String derived, int limit) {
    problems.add(
        new SpecProblem(
            "metadata.name",
            "is too long for "
                + what
                + " '"
                + SpecBasics.abbreviate(derived)
                + "' ("
                + derived.length()
                + " characters, at most "
                + limit
                + "): shorten metadata.name by "
                + (derived.length() - limit)
                + " (or spec.team)"));
  }
}
