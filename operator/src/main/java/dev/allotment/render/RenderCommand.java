package dev.allotment.render;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.PlatformPolicy;
import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.config.ProgramDefaults;
import dev.allotment.definition.ClusterConnections;
import dev.allotment.definition.ClusterDefinition;
import dev.allotment.definition.StackDefinition;
import dev.allotment.definition.TeamEnvironmentDefinition;
import dev.allotment.definition.WaitingException;
import dev.allotment.policy.NamespaceBinding;
import dev.allotment.policy.NamespaceSource;
import dev.allotment.policy.PolicySource;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.CustomResource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code render -f <file>}: evaluates the program of every Allotment resource in a manifest with
 * Pulumi's mocks and prints what it would declare, without credentials, a cluster or the Pulumi
 * CLI. The same validation the operator applies decides the verdict.
 */
public final class RenderCommand {

  private static final int MAX_VALUE = 120;

  private final ProgramDefaults defaults;
  private final PrintStream out;
  private final ProgramRenderer renderer = new ProgramRenderer();

  public RenderCommand(ProgramDefaults defaults, PrintStream out) {
    this.defaults = defaults;
    this.out = out;
  }

  /**
   * Renders the manifest.
   *
   * @return 0 when every resource is valid, 1 when any is rejected or cannot be judged
   */
  public int run(Path file) throws IOException {
    return run(file, List.of());
  }

  /**
   * Renders the manifest under the platform's policies, those in {@code platformFiles}.
   *
   * @return 0 when every resource is valid and allowed, 1 when any is rejected or cannot be judged
   */
  public int run(Path file, List<Path> platformFiles) throws IOException {
    return run(file, platformFiles, Map.of());
  }

  /**
   * Renders the manifest under the platform's policies and namespace bindings, judging every
   * document in it. Tenancy is judged as the operator judges it: a resource whose namespace is
   * bound to no team is rejected. Policies and bindings are the platform's: they come from the
   * PlatformPolicies and Namespaces in {@code platformFiles} and from {@code namespaceLabels}
   * (namespace → labels, as {@code --namespace-labels} gives them, which win), never from the file
   * being judged, where a team could write its own. There a PlatformPolicy or Namespace cannot be
   * judged and is an error, as is every kind or version the operator does not serve.
   *
   * @return 0 when every document is a valid and allowed resource, 1 when any is rejected or cannot
   *     be judged
   * @throws IOException when a file cannot be read, or is not YAML or not Kubernetes objects (the
   *     message names the file and the place)
   */
  public int run(
      Path file, List<Path> platformFiles, Map<String, Map<String, String>> namespaceLabels)
      throws IOException {
    var reader = new ManifestReader();
    List<ManifestReader.Document> documents = reader.read(file);
    List<PlatformPolicy> found = new ArrayList<>();
    Map<String, Namespace> namespaces = new LinkedHashMap<>();
    for (Path platformFile : platformFiles) {
      // The file being judged may be passed as the platform's too: its other documents are judged.
      boolean judged = sameFile(platformFile, file);
      for (ManifestReader.Document document : reader.read(platformFile)) {
        HasMetadata object = document.object().orElse(null);
        if (object instanceof PlatformPolicy policy) {
          found.add(policy);
        } else if (object instanceof Namespace namespace) {
          namespaces.put(document.name(), namespace);
        } else if (!judged) {
          throw new ManifestReader.UnreadableManifestException(
              platformFile
                  + " ("
                  + document.position()
                  + "): "
                  + document.describe()
                  + " ("
                  + document.apiVersion()
                  + ") is not the platform's: a file passed with --policy holds"
                  + " PlatformPolicies and Namespaces only");
        }
      }
    }
    namespaceLabels.forEach(
        (name, labels) -> {
          Namespace namespace =
              namespaces.computeIfAbsent(
                  name,
                  n ->
                      new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                          .withNewMetadata()
                          .withName(n)
                          .endMetadata()
                          .build());
          Map<String, String> merged =
              new LinkedHashMap<>(
                  Optional.ofNullable(namespace.getMetadata().getLabels()).orElse(Map.of()));
          merged.putAll(labels);
          namespace.getMetadata().setLabels(merged);
        });
    NamespaceSource bindings = name -> Optional.ofNullable(namespaces.get(name));
    PolicySource policies = () -> found;
    out.printf(
        "policies: %s%n%n",
        found.isEmpty()
            ? "none (pass --policy <file> to check against the platform's)"
            : found.stream().map(p -> p.getMetadata().getName()).toList());
    out.printf(
        "namespace bindings: %s%n%n",
        namespaces.isEmpty()
            ? "none (every namespace is unbound; pass --namespace-labels"
                + " <namespace>:"
                + NamespaceBinding.TEAM_LABEL
                + "=<team> to judge as bound)"
            : namespaces.values().stream()
                .map(n -> n.getMetadata().getName() + " -> " + describe(NamespaceBinding.of(n)))
                .toList());
    if (documents.isEmpty()) {
      out.println(file + ": no Kubernetes resources found");
      return 1;
    }
    boolean passedAsPlatform = platformFiles.stream().anyMatch(p -> sameFile(p, file));
    int refused = 0;
    for (ManifestReader.Document document : documents) {
      refused += judge(document, passedAsPlatform, policies, bindings) ? 0 : 1;
    }
    return refused == 0 ? 0 : 1;
  }

  /** Renders and judges one document; true when it is valid and allowed. */
  private boolean judge(
      ManifestReader.Document document,
      boolean passedAsPlatform,
      PolicySource policies,
      NamespaceSource bindings) {
    HasMetadata object = document.object().orElse(null);
    if (object instanceof TeamEnvironment environment) {
      return render(
          environment,
          new TeamEnvironmentDefinition(
              defaults, ClusterConnections.offline(), policies, bindings));
    }
    if (object instanceof Cluster cluster) {
      return render(cluster, new ClusterDefinition(defaults, policies, bindings));
    }
    if (object instanceof PlatformPolicy || object instanceof Namespace) {
      // The same file passed with --policy too: the platform's, already taken as such.
      return passedAsPlatform || notJudged(document, platformsDocument(document));
    }
    return notJudged(document, unknown(document));
  }

  private boolean notJudged(ManifestReader.Document document, String why) {
    out.printf("%s (%s, %s)%n", document.describe(), document.apiVersion(), document.position());
    out.println("  verdict: not judged: " + why);
    out.println();
    return false;
  }

  private static String platformsDocument(ManifestReader.Document document) {
    return "a "
        + document.kind()
        + " says what the platform allows, and is not taken from the file being judged, where a"
        + " team could write its own: pass the platform's file with --policy <file>"
        + (document.kind().equals("Namespace")
            ? " (or the binding with --namespace-labels <namespace>:<key>=<value>)"
            : "");
  }

  private static String unknown(ManifestReader.Document document) {
    List<String> served =
        ManifestReader.KNOWN.stream()
            .filter(k -> HasMetadata.getKind(k).equals(document.kind()))
            .map(HasMetadata::getApiVersion)
            .toList();
    if (!served.isEmpty()) {
      return "the operator serves "
          + document.kind()
          + " as "
          + String.join(", ", served)
          + ", not "
          + document.apiVersion()
          + ": change apiVersion";
    }
    return "render judges the kinds the operator acts on, TeamEnvironment and Cluster ("
        + HasMetadata.getApiVersion(TeamEnvironment.class)
        + "); a "
        + document.kind()
        + " is not one: render it with the tool that applies it, and leave it out of this file";
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private <R extends CustomResource<?, StackResourceStatus>> boolean render(
      R resource, StackDefinition<R> definition) {
    if (resource.getMetadata().getNamespace() == null) {
      resource.getMetadata().setNamespace("default");
    }
    var ref = definition.stackRef(resource);
    out.printf(
        "%s %s/%s (stack %s)%n",
        resource.getKind(),
        resource.getMetadata().getNamespace(),
        resource.getMetadata().getName(),
        ref);
    StackDefinition.Prepared prepared;
    try {
      prepared = definition.prepare(resource);
    } catch (InvalidSpecException e) {
      out.println(
          "  verdict: rejected (the operator would set Stalled, reason " + e.reason() + ")");
      e.problems().forEach(p -> out.println("    - " + p));
      out.println();
      return false;
    } catch (WaitingException e) {
      // Offline connections never wait; kept for completeness of the contract.
      out.println("  verdict: waiting (" + e.reason() + "): " + e.getMessage());
      out.println();
      return true;
    }
    // Offline nobody can ask GitHub who is a member of the organization; the operator's run does,
    // and refuses what it finds outside.
    List<String> assumedMembers = githubLogins(resource);
    if (!assumedMembers.isEmpty()) {
      out.println(
          "  assumed members of the GitHub organization (checked when the operator runs it): "
              + String.join(", ", assumedMembers));
    }
    Rendering rendering =
        renderer.render(ref.project(), ref.stack(), prepared.program(), assumedMembers);
    // Mocks hand inputs over unwrapped: mask every value that carries a secret output.
    List<String> secretValues =
        rendering.secretOutputs().stream().map(rendering.outputs()::get).toList();
    out.printf("  resources (%d):%n", rendering.resources().size());
    for (DeclaredResource r : rendering.resources()) {
      out.printf("    %s  %s%n", r.type(), r.name());
      flatten("", r.inputs(), secretValues, new ArrayList<>())
          .forEach(line -> out.println("        " + line));
    }
    out.println("  outputs:");
    rendering
        .outputs()
        .forEach(
            (name, value) ->
                out.printf(
                    "    %s: %s%n",
                    name,
                    rendering.secretOutputs().contains(name) ? "[secret]" : abbreviate(value)));
    out.println("  verdict: valid (fingerprint " + prepared.fingerprint() + ")");
    out.println();
    return true;
  }

  private static List<String> githubLogins(HasMetadata resource) {
    if (!(resource instanceof TeamEnvironment environment) || environment.getSpec() == null) {
      return List.of();
    }
    List<String> logins = new ArrayList<>();
    Optional.ofNullable(environment.getSpec().getOwners()).ifPresent(logins::addAll);
    Optional.ofNullable(environment.getSpec().getContributors()).ifPresent(logins::addAll);
    return logins;
  }

  private static String describe(NamespaceBinding binding) {
    return binding.team().map(t -> "team " + t).orElse("not bound")
        + (binding.stages().isEmpty() ? "" : ", stages " + String.join(",", binding.stages()));
  }

  private static List<String> flatten(
      String prefix, Object value, List<String> secrets, List<String> lines) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty() && !prefix.isEmpty()) {
        lines.add(prefix + ": {}");
      }
      map.forEach(
          (k, v) -> flatten(prefix.isEmpty() ? k.toString() : prefix + "." + k, v, secrets, lines));
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        flatten(prefix + "[" + i + "]", list.get(i), secrets, lines);
      }
    } else {
      String text = String.valueOf(value);
      boolean secret = secrets.stream().anyMatch(s -> !s.isEmpty() && text.contains(s));
      lines.add(prefix + ": " + (secret ? "[secret]" : abbreviate(text)));
    }
    return lines;
  }

  private static String abbreviate(String value) {
    String oneLine = value.replace("\n", "\\n");
    return oneLine.length() <= MAX_VALUE ? oneLine : oneLine.substring(0, MAX_VALUE) + "…";
  }
}
