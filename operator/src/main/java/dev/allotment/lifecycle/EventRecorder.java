package dev.allotment.lifecycle;

import dev.allotment.observability.OperatorMetrics;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectReferenceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records Kubernetes Events on our resources, as {@code kubectl describe} shows them. Events are
 * best effort in Kubernetes itself: a failure to record one is logged and never fails a reconcile.
 */
public final class EventRecorder {

  public static final String COMPONENT = "allotment-operator";

  private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

  private final KubernetesClient client;
  private final Clock clock;
  private final OperatorMetrics metrics;

  public EventRecorder(KubernetesClient client, Clock clock, OperatorMetrics metrics) {
    this.client = client;
    this.clock = clock;
    this.metrics = metrics;
  }

  public void normal(HasMetadata subject, String reason, String message) {
    record(subject, "Normal", reason, message);
  }

  public void warning(HasMetadata subject, String reason, String message) {
    record(subject, "Warning", reason, message);
  }

  private void record(HasMetadata subject, String type, String reason, String message) {
    metrics.event(subject.getKind().toLowerCase(java.util.Locale.ROOT), reason);
    String now = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    var event =
        new EventBuilder()
            .withNewMetadata()
            .withName(
                subject.getMetadata().getName()
                    + "."
                    + UUID.randomUUID().toString().substring(0, 13))
            .withNamespace(subject.getMetadata().getNamespace())
            .endMetadata()
            .withInvolvedObject(
                new ObjectReferenceBuilder()
                    .withApiVersion(subject.getApiVersion())
                    .withKind(subject.getKind())
                    .withName(subject.getMetadata().getName())
                    .withNamespace(subject.getMetadata().getNamespace())
                    .withUid(subject.getMetadata().getUid())
                    .withResourceVersion(subject.getMetadata().getResourceVersion())
                    .build())
            .withType(type)
            .withReason(reason)
            .withMessage(message.length() > 1024 ? message.substring(0, 1024) + "…" : message)
            .withFirstTimestamp(now)
            .withLastTimestamp(now)
            .withCount(1)
            .withNewSource()
            .withComponent(COMPONENT)
            .endSource()
            .withReportingComponent(COMPONENT)
            .build();
    try {
      client
          .v1()
          .events()
          .inNamespace(subject.getMetadata().getNamespace())
          .resource(event)
          .create();
    } catch (KubernetesClientException e) {
      LOG.warn(
          "could not record event {} on {}/{}: {}",
          reason,
          subject.getMetadata().getNamespace(),
          subject.getMetadata().getName(),
          e.getMessage());
    }
  }
}
