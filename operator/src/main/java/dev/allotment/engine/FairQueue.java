package dev.allotment.engine;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The operation queue: one FIFO per namespace, served in turn. A namespace with a hundred queued
 * operations and another with one get the next free slots alternately, so a team that floods the
 * operator delays only itself. Tasks that are not {@link Fair} share one queue of their own.
 */
final class FairQueue extends AbstractQueue<Runnable> implements BlockingQueue<Runnable> {

  /** A task that says which namespace it works for. */
  interface Fair extends Runnable {
    String namespace();
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition notEmpty = lock.newCondition();

  /** Queues by namespace; the map's order is the order in which they are served next. */
  private final LinkedHashMap<String, Queue<Runnable>> queues = new LinkedHashMap<>();

  private int size;

  @Override
  public boolean offer(Runnable task) {
    lock.lock();
    try {
      queues.computeIfAbsent(namespaceOf(task), n -> new ArrayDeque<>()).add(task);
      size++;
      notEmpty.signal();
      return true;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void put(Runnable task) {
    offer(task);
  }

  @Override
  public boolean offer(Runnable task, long timeout, TimeUnit unit) {
    return offer(task);
  }

  /** The head of the namespace whose turn it is; that namespace goes to the back of the line. */
  @Override
  public Runnable poll() {
    lock.lock();
    try {
      if (size == 0) {
        return null;
      }
      Iterator<Map.Entry<String, Queue<Runnable>>> first = queues.entrySet().iterator();
      Map.Entry<String, Queue<Runnable>> turn = first.next();
      first.remove();
      Runnable task = turn.getValue().remove();
      if (!turn.getValue().isEmpty()) {
        queues.put(turn.getKey(), turn.getValue());
      }
      size--;
      return task;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Runnable take() throws InterruptedException {
    lock.lockInterruptibly();
    try {
      while (size == 0) {
        notEmpty.await();
      }
      return poll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Runnable poll(long timeout, TimeUnit unit) throws InterruptedException {
    long nanos = unit.toNanos(timeout);
    lock.lockInterruptibly();
    try {
      while (size == 0) {
        if (nanos <= 0) {
          return null;
        }
        nanos = notEmpty.awaitNanos(nanos);
      }
      return poll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Runnable peek() {
    lock.lock();
    try {
      return size == 0 ? null : queues.values().iterator().next().peek();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int size() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int remainingCapacity() {
    return Integer.MAX_VALUE;
  }

  @Override
  public boolean remove(Object task) {
    lock.lock();
    try {
      for (Iterator<Queue<Runnable>> it = queues.values().iterator(); it.hasNext(); ) {
        Queue<Runnable> queue = it.next();
        if (queue.remove(task)) {
          if (queue.isEmpty()) {
            it.remove();
          }
          size--;
          return true;
        }
      }
      return false;
    } finally {
      lock.unlock();
    }
  }

  /** A snapshot in serving order is not needed by the executor; this one is by namespace. */
  @Override
  public Iterator<Runnable> iterator() {
    lock.lock();
    try {
      List<Runnable> all = new ArrayList<>(size);
      queues.values().forEach(all::addAll);
      return all.iterator();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public int drainTo(Collection<? super Runnable> target) {
    return drainTo(target, Integer.MAX_VALUE);
  }

  @Override
  public int drainTo(Collection<? super Runnable> target, int max) {
    lock.lock();
    try {
      int drained = 0;
      Runnable task;
      while (drained < max && (task = poll()) != null) {
        target.add(task);
        drained++;
      }
      return drained;
    } finally {
      lock.unlock();
    }
  }

  private static String namespaceOf(Runnable task) {
    return task instanceof Fair fair ? fair.namespace() : "";
  }
}
