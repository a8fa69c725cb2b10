package dev.allotment.render;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import dev.allotment.engine.StackProgram;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a program with Pulumi's mocks: no cloud, no cluster, no credentials. Every resource
 * echoes its inputs as outputs, plus the few values a real provider computes that our programs read
 * (ids, identity client ids, service-account tokens), so that the whole program runs through.
 * Pulumi's test harness is process-global, so renders are serialized.
 */
public final class ProgramRenderer {

  /** Placeholder for values only a real provider knows. */
  public static final String COMPUTED = "<computed>";

  private static final Object LOCK = new Object();

  /** Runs the program and returns what it declared. */
  public Rendering render(String project, String stack, StackProgram program) {
    synchronized (LOCK) {
      var mocks = new RecordingMocks();
      try {
        var result =
            PulumiTest.withOptions(
                    TestOptions.builder().projectName(project).stackName(stack).build())
                .withMocks(mocks)
                .runTest(program::run)
                .throwOnError();
        Map<String, String> outputs = new TreeMap<>();
        List<String> secrets = new ArrayList<>();
        result
            .outputs()
            .forEach(
                (name, output) -> {
                  outputs.put(name, String.valueOf(PulumiTest.extractValue(output)));
                  if (isSecret(output)) {
                    secrets.add(name);
                  }
                });
        Collections.sort(secrets);
        return new Rendering(List.copyOf(mocks.declared), outputs, secrets);
      } finally {
        PulumiTest.cleanup();
      }
    }
  }

  private static boolean isSecret(Output<?> output) {
    return Internal.of(output).isSecret().join();
  }

  /** Records declarations; answers with inputs plus computed values. */
  private static final class RecordingMocks implements Mocks {
    private final List<DeclaredResource> declared = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger(1000);

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
      declared.add(new DeclaredResource(args.type, args.name, args.inputs));
      Map<String, Object> state = new LinkedHashMap<>(args.inputs);
      String id = Integer.toString(ids.incrementAndGet());
      switch (args.type) {
        case "azure-native:resources:ResourceGroup" -> {
          id =
              "/subscriptions/"
                  + COMPUTED
                  + "/resourceGroups/"
                  + args.inputs.get("resourceGroupName");
          state.put("name", args.inputs.get("resourceGroupName"));
        }
        case "azure-native:managedidentity:UserAssignedIdentity" -> {
          state.put("name", args.inputs.get("resourceName"));
          state.put("clientId", COMPUTED);
          state.put("principalId", COMPUTED);
          state.put("tenantId", COMPUTED);
        }
        case "kubernetes:core/v1:Secret" ->
            state.put("data", Map.of("token", base64(COMPUTED), "ca.crt", base64(COMPUTED)));
        default -> {
          if (args.type.startsWith("github:index/repository:")) {
            state.put("fullName", COMPUTED + "/" + args.inputs.get("name"));
            state.put("htmlUrl", "https://github.com/" + COMPUTED + "/" + args.inputs.get("name"));
          }
        }
      }
      return CompletableFuture.completedFuture(ResourceResult.of(java.util.Optional.of(id), state));
    }
  }

  private static String base64(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }
}
