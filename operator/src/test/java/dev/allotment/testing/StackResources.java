package dev.allotment.testing;

import static dev.allotment.api.v1alpha1.Annotations.APPROVE;
import static dev.allotment.api.v1alpha1.Annotations.APPROVED_BY;
import static org.awaitility.Awaitility.await;

import dev.allotment.api.v1alpha1.StackResourceStatus;
import dev.allotment.engine.StackRef;
import dev.allotment.status.ConditionType;
import dev.allotment.status.Conditions;
import dev.allotment.status.Reason;
import io.fabric8.kubernetes.api.model.Condition;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Allotment resources of one kind in the test's namespace, as a user drives and observes them. */
public final class StackResources<R extends CustomResource<?, StackResourceStatus>> {

  /**
   * How long the operator may take to act on a change, without a Pulumi operation: minutes, for a
   * 2-core machine busy with other builds.
   */
  public static final Duration DEADLINE = Duration.ofMinutes(2);

  private final TestCluster cluster;
  private final Class<R> type;

  public StackResources(TestCluster cluster, Class<R> type) {
    this.cluster = cluster;
    this.type = type;
  }

  private KubernetesClient client() {
    return cluster.client();
  }

  /**
   * Creates the resource in the test's namespace, as {@code kubectl apply --server-side} does:
   * idempotent, so that a request the client sends again after its first answer timed out (on a
   * busy machine) finds its own resource instead of failing with {@code AlreadyExists}.
   */
  public R apply(R resource) {
    resource.getMetadata().setNamespace(cluster.namespace());
    return cluster.apply(resource);
  }

  public R edit(R resource, Consumer<R> change) {
    return client()
        .resources(type)
        .inNamespace(cluster.namespace())
        .withName(resource.getMetadata().getName())
        .edit(
            r -> {
              change.accept(r);
              return r;
            });
  }

  public void delete(R resource) {
    client().resource(get(resource)).delete();
  }

  public Optional<R> find(R resource) {
    return Optional.ofNullable(
        client()
            .resources(type)
            .inNamespace(cluster.namespace())
            .withName(resource.getMetadata().getName())
            .get());
  }

  public R get(R resource) {
    return find(resource).orElseThrow();
  }

  /** Waits until the condition has the status and reason; returns the resource then. */
  public R awaitCondition(R resource, String type, String status, String reason) {
    return awaitCondition(resource, type, status, reason, DEADLINE);
  }

  /** As above, with a deadline of the caller's (a real Pulumi operation takes longer). */
  public R awaitCondition(
      R resource, String type, String status, String reason, Duration deadline) {
    try {
      return await()
          .atMost(deadline)
          .until(() -> get(resource), r -> hasCondition(r, type, status, reason));
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError(
          "no "
              + type
              + "="
              + status
              + " ("
              + reason
              + ") within "
              + deadline
              + "; conditions: "
              + conditions(find(resource).orElse(null)),
          e);
    }
  }

  /**
   * Waits until the resource is Stalled for the reason; returns the Stalled condition's message.
   */
  public String awaitStalled(R resource, String reason) {
    return awaitStalled(resource, reason, DEADLINE);
  }

  /** As above, with a deadline of the caller's. */
  public String awaitStalled(R resource, String reason, Duration deadline) {
    R stalled = awaitCondition(resource, ConditionType.STALLED, "True", reason, deadline);
    return condition(stalled, ConditionType.STALLED).getMessage();
  }

  /** The conditions as {@code type=status reason: message}, for failure messages. */
  private String conditions(R resource) {
    if (resource == null || resource.getStatus() == null) {
      return "none";
    }
    return resource.getStatus().getConditions().stream()
        .map(c -> c.getType() + "=" + c.getStatus() + " " + c.getReason() + ": " + c.getMessage())
        .toList()
        .toString();
  }

  /**
   * Waits until the operator has brought this generation of the resource up to date (Ready,
   * UpToDate, observedGeneration caught up); returns the resource then.
   */
  public R awaitUpToDate(R changed, Duration deadline) {
    return awaitObserved(changed, ConditionType.READY, "True", Reason.UP_TO_DATE, deadline);
  }

  /**
   * Waits until the operator has observed this generation of the resource and the condition has the
   * status and reason; returns the resource then.
   */
  public R awaitObserved(R changed, String type, String status, String reason, Duration deadline) {
    return awaitObserved(changed, r -> hasCondition(r, type, status, reason), deadline);
  }

  /** Waits until the operator has observed this generation of the resource; returns it then. */
  public R awaitObserved(R changed) {
    return awaitObserved(changed, r -> true, DEADLINE);
  }

  private R awaitObserved(R changed, Predicate<R> and, Duration deadline) {
    Long generation = changed.getMetadata().getGeneration();
    return await()
        .atMost(deadline)
        .until(
            () -> get(changed),
            r ->
                r.getStatus() != null
                    && generation.equals(r.getStatus().getObservedGeneration())
                    && and.test(r));
  }

  public void awaitGone(R resource) {
    awaitGone(resource, DEADLINE);
  }

  public void awaitGone(R resource, Duration deadline) {
    await().atMost(deadline).until(() -> find(resource).isEmpty());
  }

  /** Deletes every R of the namespace and waits until they are gone. */
  public void deleteAll() {
    deleteAll(DEADLINE);
  }

  public void deleteAll(Duration deadline) {
    var resources = client().resources(type).inNamespace(cluster.namespace());
    resources.delete();
    await().atMost(deadline).until(() -> resources.list().getItems().isEmpty());
  }

  /**
   * Approves, as {@code approver}, whatever plan the resource awaits approval for until its current
   * generation is applied, and returns it then. An approval is used once: when an approved update
   * fails (the real Kubernetes provider sometimes crashes on a create), what is left is planned
   * anew and needs an approval of its own, as a person approving would give it.
   */
  public R approveUntilUpToDate(R resource, String approver, Duration deadline) {
    long generation = get(resource).getMetadata().getGeneration();
    return await()
        .atMost(deadline)
        .until(
            () -> {
              R current = get(resource);
              if (hasCondition(current, ConditionType.READY, "False", Reason.AWAITING_APPROVAL)) {
                String hash = current.getStatus().getApproval().getPlanHash();
                if (!hash.equals(current.getMetadata().getAnnotations().get(APPROVE))) {
                  edit(
                      current,
                      r -> {
                        r.getMetadata().getAnnotations().put(APPROVED_BY, approver);
                        r.getMetadata().getAnnotations().put(APPROVE, hash);
                      });
                }
              }
              return current;
            },
            r ->
                r.getStatus() != null
                    && Long.valueOf(generation).equals(r.getStatus().getObservedGeneration())
                    && hasCondition(r, ConditionType.READY, "True", Reason.UP_TO_DATE));
  }

  public static boolean hasCondition(
      CustomResource<?, StackResourceStatus> r, String type, String status, String reason) {
    return r.getStatus() != null
        && Conditions.find(r.getStatus().getConditions(), type)
            .filter(c -> status.equals(c.getStatus()) && reason.equals(c.getReason()))
            .isPresent();
  }

  public static Condition condition(CustomResource<?, StackResourceStatus> r, String type) {
    return Conditions.find(r.getStatus().getConditions(), type).orElseThrow();
  }

  public static StackRef ref(CustomResource<?, ?> r) {
    return StackRef.of(
        "allotment-" + r.getKind().toLowerCase(java.util.Locale.ROOT),
        r.getMetadata().getNamespace(),
        r.getMetadata().getName());
  }

  public Optional<Secret> findOutputsSecret(CustomResource<?, ?> owner) {
    return Optional.ofNullable(
        client()
            .secrets()
            .inNamespace(cluster.namespace())
            .withName(owner.getMetadata().getName() + "-outputs")
            .get());
  }

  /** A value of the Secret, decoded. */
  public static String decoded(Secret secret, String key) {
    if (secret.getData() != null && secret.getData().containsKey(key)) {
      return new String(
          Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
    return secret.getStringData().get(key);
  }

  /** Reasons of the events recorded on the resource. */
  public List<String> eventReasons(CustomResource<?, ?> resource) {
    return client().v1().events().inNamespace(cluster.namespace()).list().getItems().stream()
        .filter(e -> resource.getMetadata().getName().equals(e.getInvolvedObject().getName()))
        .map(Event::getReason)
        .toList();
  }

  /** Messages of the events recorded on the resource. */
  public List<String> eventMessages(CustomResource<?, ?> resource) {
    return client().v1().events().inNamespace(cluster.namespace()).list().getItems().stream()
        .filter(e -> resource.getMetadata().getName().equals(e.getInvolvedObject().getName()))
        .map(Event::getMessage)
        .toList();
  }
}
