package dev.allotment.bench;

import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the operator's API requests by kind: status writes, watches and lists, the rest. */
final class RequestCounter implements Interceptor {

  final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

  @Override
  public void before(BasicBuilder builder, HttpRequest request, RequestTags tags) {
    String path = request.uri().getPath();
    String query = request.uri().getQuery() == null ? "" : request.uri().getQuery();
    String kind;
    if (query.contains("watch=true")) {
      kind = "watch";
    } else if (path.endsWith("/status") && !"GET".equals(request.method())) {
      kind = "status-write";
    } else if ("GET".equals(request.method())) {
      kind = "get-or-list";
    } else {
      kind = request.method().toLowerCase() + (path.contains("/events") ? "-event" : "");
    }
    counts.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
  }

  long get(String kind) {
    return counts.getOrDefault(kind, new AtomicLong()).get();
  }

  long total() {
    return counts.values().stream().mapToLong(AtomicLong::get).sum();
  }

  void reset() {
    counts.clear();
  }
}
