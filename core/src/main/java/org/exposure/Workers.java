package org.exposure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs batches of work on a fixed number of threads, at most two batches per thread in flight so that
 * a fast reader cannot fill the memory. With one thread the work runs on the caller's thread. The
 * first failure of a batch (an OutOfMemoryError too) is rethrown to the caller, by {@link #run} or
 * {@link #close}, once. Not thread-safe: one caller hands out the batches.
 */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore slots;
  private final Deque<Future<?>> running = new ArrayDeque<>();
  private boolean failed;

  Workers(int threads) {
    if (threads <= 1) {
      this.pool = null;
      this.slots = null;
    } else {
      this.pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "exposure-worker");
        t.setDaemon(true);
        return t;
      });
      this.slots = new Semaphore(2 * threads);
    }
  }

  void run(Runnable batch) {
    if (pool == null) {
      batch.run();
      return;
    }
    // Wait for a free slot, but look at finished batches meanwhile: one that died (out of memory)
    // must end the run, not leave it waiting for a slot that will never be released.
    try {
      while (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
        awaitFinished();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing", e);
    }
    running.add(pool.submit(() -> {
      try {
        batch.run();
      } finally {
        slots.release();
      }
    }));
    awaitFinished();
  }

  /** Collects the batches that have finished, rethrowing the first failure. */
  private void awaitFinished() {
    for (Iterator<Future<?>> it = running.iterator(); it.hasNext(); ) {
      Future<?> batch = it.next();
      if (batch.isDone()) {
        it.remove();
        await(batch);
      }
    }
  }

  /**
   * Waits for every batch and rethrows the first failure; after a failure has been thrown once, the
   * remaining batches are cancelled instead (the JVM may throw one preallocated OutOfMemoryError
   * everywhere, and a throwable cannot be thrown on top of itself).
   */
  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    try {
      while (!running.isEmpty() && !failed) {
        await(running.poll());
      }
    } finally {
      running.forEach(batch -> batch.cancel(true));
      pool.shutdownNow();
    }
  }

  private void await(Future<?> batch) {
    try {
      batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing", e);
    } catch (ExecutionException e) {
      failed = true;
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }
}
