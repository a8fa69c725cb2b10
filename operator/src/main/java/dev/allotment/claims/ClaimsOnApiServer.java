package dev.allotment.claims;

import dev.allotment.api.v1alpha1.Cluster;
import dev.allotment.api.v1alpha1.Groups;
import dev.allotment.api.v1alpha1.NameClaim;
import dev.allotment.api.v1alpha1.NameClaimOwner;
import dev.allotment.api.v1alpha1.NameClaimSpec;
import dev.allotment.api.v1alpha1.TeamEnvironment;
import dev.allotment.watch.Watch;
import dev.allotment.watch.Watched;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Claims as {@link NameClaim} objects on the API server. Creating one is the claim: of two racing
 * claimants, the API server lets exactly one create it. Taking over the claim of an owner that is
 * gone is an update carrying the resource version that was judged, so two successors cannot both
 * win either. Reads go through an informer, so a reconcile of a resource that owns its names makes
 * no API call.
 *
 * <p>Marks ({@link #applying}) are live writes made before an up is submitted. A release judged on
 * the informer's copy deletes with that copy's resource version: a claim marked since (the cache
 * not having caught up yet) is then not deleted, and the next reconcile judges it again.
 */
public final class ClaimsOnApiServer implements NameClaims, Watched {

  /** On each claim: the owner's UID, to find an owner's claims. */
  static final String OWNER_UID_LABEL = Groups.PLATFORM + "/owner-uid";

  /** The informer's index of claims by their owner's UID. */
  private static final String BY_OWNER = "owner";

  private static final int ATTEMPTS = 3;

  private final KubernetesClient client;
  private final Watch<NameClaim, Runnable> watch;

  public ClaimsOnApiServer(KubernetesClient client) {
    this.client = client;
    this.watch = new Watch<>(client.resources(NameClaim.class).runnableInformer(0));
    watch
        .informer()
        .addIndexers(
            java.util.Map.of(
                BY_OWNER, c -> ownerUid(c) == null ? List.of() : List.of(ownerUid(c))));
    watch
        .informer()
        .addEventHandler(
            new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
              @Override
              public void onAdd(NameClaim claim) {}

              @Override
              public void onUpdate(NameClaim before, NameClaim after) {
                if (!Objects.equals(ownerUid(before), ownerUid(after))) {
                  released();
                }
              }

              @Override
              public void onDelete(NameClaim claim, boolean finalStateUnknown) {
                released();
              }
            });
  }

  private void released() {
    watch.tell(Runnable::run);
  }

  @Override
  public void onRelease(Runnable listener) {
    watch.listen(listener);
  }

  @Override
  public Watch<NameClaim, Runnable> watch() {
    return watch;
  }

  @Override
  public Optional<String> acquire(
      HasMetadata owner, String team, String stage, List<ClaimedName> names) {
    for (ClaimedName name : names) {
      Optional<String> conflict = acquire(owner, team, stage, name);
      if (conflict.isPresent()) {
        return conflict;
      }
    }
    return Optional.empty();
  }

  private Optional<String> acquire(HasMetadata owner, String team, String stage, ClaimedName name) {
    String uid = owner.getMetadata().getUid();
    String id = name.objectName();
    NameClaim existing = watch.store().getByKey(id);
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (existing != null && uid.equals(ownerUid(existing))) {
        return Optional.empty();
      }
      if (existing == null) {
        try {
          client.resource(claim(id, owner, team, stage, name)).create();
          return Optional.empty();
        } catch (KubernetesClientException e) {
          if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
            throw e;
          }
          existing = live(id);
          continue;
        }
      }
      if (ownerAlive(existing)) {
        return Optional.of(message(name, existing, false));
      }
      NameClaimSpec held = existing.getSpec();
      if (Boolean.TRUE.equals(held.getRetained())
          && !(team.equals(held.getTeam()) && stage.equals(held.getStage()))) {
        return Optional.of(message(name, existing, true));
      }
      // The owner is gone (and, when it retained the name, this is its team and stage): take over.
      // Whether a stack may hold the name stays as it was: the successor may adopt that stack.
      NameClaim taken = claim(id, owner, team, stage, name);
      taken.getSpec().setApplied(held.getApplied());
      taken.getMetadata().setResourceVersion(existing.getMetadata().getResourceVersion());
      try {
        client.resource(taken).update();
        return Optional.empty();
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT
            && e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
          throw e;
        }
        existing = live(id);
      }
    }
    throw new IllegalStateException(
        "could not claim " + name.kind() + " " + name.name() + ": it changed hands while claiming");
  }

  @Override
  public void applying(HasMetadata owner, List<ClaimedName> names) {
    String uid = owner.getMetadata().getUid();
    for (ClaimedName name : names) {
      for (int attempt = 0; ; attempt++) {
        NameClaim live = live(name.objectName());
        if (live == null || !uid.equals(ownerUid(live))) {
          throw new IllegalStateException(
              "the claim on "
                  + name.kind()
                  + " "
                  + name.name()
                  + " is not this resource's any more; no up runs without it");
        }
        if (Boolean.TRUE.equals(live.getSpec().getApplied())) {
          break;
        }
        live.getSpec().setApplied(true);
        try {
          client.resource(live).update(); // carries the resource version read: a conflict retries
          break;
        } catch (KubernetesClientException e) {
          if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt + 1 >= ATTEMPTS) {
            throw e;
          }
        }
      }
    }
  }

  @Override
  public void releaseUnderived(
      HasMetadata owner, List<ClaimedName> derived, boolean upOfCurrentSpecSucceeded) {
    String uid = owner.getMetadata().getUid();
    Set<String> derivedIds =
        derived.stream().map(ClaimedName::objectName).collect(Collectors.toSet());
    for (NameClaim claim : watch.informer().getIndexer().byIndex(BY_OWNER, uid)) {
      boolean releasable =
          ClaimRelease.releasable(
              derivedIds.contains(claim.getMetadata().getName()),
              Boolean.TRUE.equals(claim.getSpec().getApplied()),
              upOfCurrentSpecSucceeded);
      if (releasable) {
        deleteAsSeen(claim);
      }
    }
  }

  @Override
  public void retain(HasMetadata owner) {
    for (NameClaim claim : owned(owner)) {
      if (!ClaimRelease.retainedOnDeletion(Boolean.TRUE.equals(claim.getSpec().getApplied()))) {
        deleteAsSeen(claim);
      } else if (!Boolean.TRUE.equals(claim.getSpec().getRetained())) {
        client
            .resources(NameClaim.class)
            .withName(claim.getMetadata().getName())
            .edit(
                c -> {
                  c.getSpec().setRetained(true);
                  return c;
                });
      }
    }
  }

  /**
   * Deletes the claim as it was read. Gone already, or changed since (marked applied by an up that
   * started after the read): left alone, for the next reconcile to judge on what it then reads.
   */
  private void deleteAsSeen(NameClaim claim) {
    try {
      client.resource(claim).lockResourceVersion().delete();
    } catch (KubernetesClientException e) {
      if (e.getCode() != HttpURLConnection.HTTP_CONFLICT
          && e.getCode() != HttpURLConnection.HTTP_NOT_FOUND) {
        throw e;
      }
    }
  }

  @Override
  public void release(HasMetadata owner) {
    for (NameClaim claim : owned(owner)) {
      client.resource(claim).lockResourceVersion().delete();
    }
  }

  private List<NameClaim> owned(HasMetadata owner) {
    String uid = owner.getMetadata().getUid();
    return client
        .resources(NameClaim.class)
        .withLabel(OWNER_UID_LABEL, uid)
        .list()
        .getItems()
        .stream()
        .filter(c -> uid.equals(ownerUid(c)))
        .toList();
  }

  private NameClaim live(String id) {
    return client.resources(NameClaim.class).withName(id).get();
  }

  /** The owner still exists: the same kind, namespace, name and UID (deleting counts as alive). */
  private boolean ownerAlive(NameClaim claim) {
    NameClaimOwner owner = claim.getSpec().getOwner();
    if (owner == null || owner.getKind() == null) {
      return false;
    }
    Class<? extends HasMetadata> type =
        switch (owner.getKind()) {
          case "TeamEnvironment" -> TeamEnvironment.class;
          case "Cluster" -> Cluster.class;
          default -> null;
        };
    if (type == null) {
      return false;
    }
    HasMetadata found =
        client.resources(type).inNamespace(owner.getNamespace()).withName(owner.getName()).get();
    return found != null && Objects.equals(found.getMetadata().getUid(), owner.getUid());
  }

  private static String ownerUid(NameClaim claim) {
    return claim.getSpec() == null || claim.getSpec().getOwner() == null
        ? null
        : claim.getSpec().getOwner().getUid();
  }

  private static NameClaim claim(
      String id, HasMetadata owner, String team, String stage, ClaimedName name) {
    NameClaim claim = new NameClaim();
    claim.getMetadata().setName(id);
    claim
        .getMetadata()
        .setLabels(
            java.util.Map.of(
                OWNER_UID_LABEL,
                owner.getMetadata().getUid(),
                Groups.LABEL_MANAGED_BY,
                Groups.MANAGED_BY));
    NameClaimSpec spec = new NameClaimSpec();
    spec.setKind(name.kind());
    spec.setName(name.name());
    spec.setOwner(
        new NameClaimOwner(
            owner.getKind(),
            owner.getMetadata().getNamespace(),
            owner.getMetadata().getName(),
            owner.getMetadata().getUid()));
    spec.setTeam(team);
    spec.setStage(stage);
    claim.setSpec(spec);
    return claim;
  }

  private static String message(ClaimedName name, NameClaim existing, boolean retained) {
    NameClaimSpec held = existing.getSpec();
    NameClaimOwner owner = held.getOwner();
    return name.field()
        + ": "
        + name.kind()
        + " "
        + name.name()
        + " is claimed by "
        + owner.getKind()
        + " "
        + owner.getNamespace()
        + "/"
        + owner.getName()
        + " (team "
        + held.getTeam()
        + ", stage "
        + held.getStage()
        + (retained ? "; deleted with Retain, so its infrastructure still has the name" : "")
        + "); every derived name has one owner: choose another";
  }
}
