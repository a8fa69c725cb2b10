package dev.allotment.watch;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import io.fabric8.kubernetes.client.informers.cache.Store;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An informer on one kind of the hub and the listeners it tells of changes. Listeners hear nothing
 * until {@link #notifyListeners()}: the controllers that listen have no cache to look resources up
 * in before they start, and the initial list needs no telling (every first reconcile reads the
 * store anyway).
 *
 * @param <T> the kind watched
 * @param <L> what a listener is
 */
public final class Watch<T extends HasMetadata, L> implements AutoCloseable {

  private final SharedIndexInformer<T> informer;
  private final List<L> listeners = new CopyOnWriteArrayList<>();
  private volatile boolean notifying;

  /** Watches through {@code informer}, which is not running yet. */
  public Watch(SharedIndexInformer<T> informer) {
    this.informer = informer;
  }

  /** The informer, to add an event handler to before {@link #start()}. */
  public SharedIndexInformer<T> informer() {
    return informer;
  }

  /** What the informer holds now. */
  public Store<T> store() {
    return informer.getStore();
  }

  public void listen(L listener) {
    listeners.add(listener);
  }

  /** Tells each listener, once listeners are being notified; before, nothing. */
  public void tell(Consumer<L> message) {
    if (notifying) {
      listeners.forEach(message);
    }
  }

  /** Starts watching and waits for the first list, so that no decision misses an object. */
  public void start() {
    informer.start().toCompletableFuture().join();
  }

  /** Tells listeners from now on; call it once the controllers that listen have started. */
  public void notifyListeners() {
    notifying = true;
  }

  @Override
  public void close() {
    informer.close();
  }
}
