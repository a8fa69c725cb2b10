package dev.allotment;

import com.pulumi.Pulumi;
import com.pulumi.automation.AutomationException;
import dev.allotment.config.ConfigException;
import dev.allotment.config.OperatorConfig;
import dev.allotment.config.ProgramMode;
import dev.allotment.engine.LockRecoveringStackEngine;
import dev.allotment.engine.automation.AutomationApiStackEngine;
import dev.allotment.engine.automation.ProgramExecution;
import dev.allotment.engine.automation.PulumiCli;
import dev.allotment.observability.HttpEndpoints;
import dev.allotment.program.ProgramConfig;
import dev.allotment.render.RenderCommand;
import dev.allotment.validation.InvalidSpecException;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's command line: {@code run} starts the operator against the current context.
 *
 * <p>The same jar is the Pulumi program of every stack when programs run in processes of their own
 * ({@code ALLOTMENT_PROGRAM_MODE=process}): Pulumi's Java language host starts it as {@code java
 * -jar <jar>}, without arguments, with the engine's addresses in {@code PULUMI_MONITOR} and {@code
 * PULUMI_ENGINE}; then it runs the program its stack configuration describes.
 */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** Set by the language host for a program it runs; never set for the operator itself. */
  static final String MONITOR_VARIABLE = "PULUMI_MONITOR";

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 && isProgramRun(System.getenv())) {
      runProgram();
      return;
    }
    String command = args.length == 0 ? "run" : args[0];
    try {
      switch (command) {
        case "run" -> run();
        case "render" -> System.exit(render(args));
        case "help", "--help", "-h" -> usage();
        default -> {
          System.err.println("unknown command '" + command + "'");
          usage();
          System.exit(2);
        }
      }
    } catch (ConfigException e) {
      System.err.println("configuration error: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Whether the language host started this process to run a stack's program. */
  static boolean isProgramRun(Map<String, String> env) {
    String monitor = env.get(MONITOR_VARIABLE);
    return monitor != null && !monitor.isBlank();
  }

  /**
   * Runs the program of the stack whose configuration the language host passed in. Failures,
   * missing inputs included, surface like any program's: logged to the engine, non-zero exit.
   */
  private static void runProgram() {
    Pulumi.run(
        ctx -> {
          ProgramConfig.Resolved resolved;
          try {
            resolved = ProgramConfig.resolve(ctx.config(ProgramConfig.NAMESPACE)::get);
          } catch (InvalidSpecException e) {
            throw new IllegalStateException("invalid spec: " + e.getMessage(), e);
          }
          resolved.program().run(ctx);
        });
  }

  private static void run() {
    OperatorConfig config = OperatorConfig.fromEnvironment(System.getenv());
    ProgramExecution execution =
        config.programMode() == ProgramMode.PROCESS
            ? ProgramExecution.process(config.requireProgramBinary())
            : ProgramExecution.inline();
    // Every problem at once, the CLI's and the cluster's, so that one restart fixes them all.
    List<String> problems = new ArrayList<>();
    PulumiCli cli = null;
    try {
      cli = PulumiCli.locate(config.pulumiBinary(), execution);
    } catch (AutomationException e) {
      problems.add(e.getMessage());
    }
    var client = new KubernetesClientBuilder().build();
    problems.addAll(Preflight.check(client));
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.err.println("cannot start: " + p));
      client.close();
      System.exit(1);
      return;
    }
    var engine =
        new LockRecoveringStackEngine(
            new AutomationApiStackEngine(
                config.stateDirectory().resolve("workspaces"),
                config.backendUrl(),
                config.secretsProvider(),
                new AutomationApiStackEngine.Cli(cli, Map.of(), config.deadlines()),
                execution),
            config.deadlines());
    Optional<LeaderElectionConfiguration> leaderElection =
        config
            .leaderElectionNamespace()
            .map(ns -> new LeaderElectionConfiguration("allotment-operator", ns));
    var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var operator =
        new AllotmentOperator(client, config, engine, Clock.systemUTC(), leaderElection, registry);
    HttpEndpoints endpoints;
    try {
      endpoints = operator.httpEndpoints(config.httpPort(), registry::scrape);
    } catch (IOException e) {
      System.err.println(
          "cannot start: HTTP port " + config.httpPort() + " is not free: " + e.getMessage());
      System.exit(1);
      return;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  endpoints.close();
                  operator.close();
                  client.close();
                },
                "shutdown"));
    endpoints.start();
    LOG.info(
        "starting Allotment against {} (namespaces: {}, operation concurrency {}, programs {})",
        client.getMasterUrl(),
        config.watchNamespaces().isEmpty() ? "all" : config.watchNamespaces(),
        config.operationConcurrency(),
        execution instanceof ProgramExecution.Process p
            ? "in processes from " + p.binary()
            : "inline, in this JVM");
    operator.start();
  }

  private static int render(String[] args) {
    Path manifest = null;
    List<Path> policyFiles = new java.util.ArrayList<>();
    java.util.Map<String, java.util.Map<String, String>> namespaceLabels =
        new java.util.LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      boolean hasValue = i + 1 < args.length;
      if (("-f".equals(args[i]) || "--file".equals(args[i])) && hasValue) {
        manifest = Path.of(args[++i]);
      } else if ("--policy".equals(args[i]) && hasValue) {
        policyFiles.add(Path.of(args[++i]));
      } else if ("--namespace-labels".equals(args[i])
          && hasValue
          && namespaceLabels(args[++i], namespaceLabels)) {
        continue;
      } else {
        manifest = null;
        break;
      }
    }
    if (manifest == null) {
      System.err.println(
          "usage: allotment render -f <manifest.yaml> [--policy <policy.yaml>]..."
              + " [--namespace-labels <namespace>:<key>=<value>[,<key>=<value>]]...");
      return 2;
    }
    // Defaults from the same environment variables the operator reads; no cluster, no cloud.
    var defaults = OperatorConfig.fromEnvironment(System.getenv()).programDefaults();
    try {
      return new RenderCommand(defaults, System.out).run(manifest, policyFiles, namespaceLabels);
    } catch (IOException e) {
      System.err.println("cannot read a manifest: " + e.getMessage());
      return 2;
    }
  }

  /**
   * Parses {@code <namespace>:<key>=<value>[,<key>=<value>]} into {@code into}; false when
   * malformed.
   */
  static boolean namespaceLabels(
      String value, java.util.Map<String, java.util.Map<String, String>> into) {
    int colon = value.indexOf(':');
    if (colon < 1) {
      return false;
    }
    var labels = into.computeIfAbsent(value.substring(0, colon), n -> new java.util.TreeMap<>());
    for (String pair : value.substring(colon + 1).split(",")) {
      int equals = pair.indexOf('=');
      if (equals < 1) {
        return false;
      }
      labels.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
    }
    return true;
  }

  private static void usage() {
    System.out.println(
        String.join(
            "\n",
            "usage: allotment <command>",
            "  run                  start the operator against the current kube context (default)",
            "  render -f <file> [--policy <file>]... [--namespace-labels <ns>:<key>=<value>,...]",
            "                       print what the operator would create for the TeamEnvironments",
            "                       and Clusters in a manifest, evaluated offline with Pulumi's",
            "                       mocks, and whether the spec, the namespace's binding to a team",
            "                       and the PlatformPolicies allow it. Every document is judged:",
            "                       other kinds and versions are errors. PlatformPolicies and",
            "                       Namespaces count only from --policy files. Exits 0 when all",
            "                       are valid, 1 when any is rejected or not judged, 2 when a file",
            "                       cannot be read",
            "  help                 this text",
            "Configuration comes from environment variables; see the README."));
  }
}
