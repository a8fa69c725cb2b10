package dev.allotment.watch;

/** A view of the hub kept by a {@link Watch}: started, then told to notify, then closed. */
public interface Watched extends AutoCloseable {

  /** The watch behind this view. */
  Watch<?, ?> watch();

  /** Starts watching and waits for the first list. */
  default void start() {
    watch().start();
  }

  /** Tells listeners from now on; call it once the controllers that listen have started. */
  default void notifyListeners() {
    watch().notifyListeners();
  }

  @Override
  default void close() {
    watch().close();
  }
}
