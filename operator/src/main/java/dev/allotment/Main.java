package dev.allotment;

import dev.allotment.config.ConfigException;
import dev.allotment.config.OperatorConfig;
import dev.allotment.engine.LockRecoveringStackEngine;
import dev.allotment.engine.automation.AutomationApiStackEngine;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.javaoperatorsdk.operator.api.config.LeaderElectionConfiguration;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The operator's command line: {@code run} starts the operator against the current context. */
public final class Main {

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "run" : args[0];
    try {
      switch (command) {
        case "run" -> run();
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

  private static void run() {
    OperatorConfig config = OperatorConfig.fromEnvironment(System.getenv());
    var engine =
        new LockRecoveringStackEngine(
            new AutomationApiStackEngine(
                config.stateDirectory().resolve("workspaces"),
                config.backendUrl(),
                config.secretsProvider(),
                Optional.empty()));
    Optional<LeaderElectionConfiguration> leaderElection =
        Optional.ofNullable(System.getenv("ALLOTMENT_LEADER_ELECTION_NAMESPACE"))
            .filter(ns -> !ns.isBlank())
            .map(ns -> new LeaderElectionConfiguration("allotment-operator", ns));
    var client = new KubernetesClientBuilder().build();
    var operator = new AllotmentOperator(client, config, engine, Clock.systemUTC(), leaderElection);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  operator.close();
                  client.close();
                },
                "shutdown"));
    LOG.info(
        "starting Allotment against {} (namespaces: {}, operation concurrency {})",
        client.getMasterUrl(),
        config.watchNamespaces().isEmpty() ? "all" : config.watchNamespaces(),
        config.operationConcurrency());
    operator.start();
  }

  private static void usage() {
    System.out.println(
        String.join(
            "\n",
            "usage: allotment <command>",
            "  run     start the operator against the current kube context (default)",
            "  help    this text",
            "Configuration comes from environment variables; see the README."));
  }
}
