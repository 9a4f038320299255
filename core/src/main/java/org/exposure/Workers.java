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
 * a fast reader cannot fill the memory. The first failure of a batch (an OutOfMemoryError too) is
 * rethrown to the caller, by {@link #run}, {@link #awaitAll} or {@link #close}, once; after it, the
 * workers take no more work ({@link IllegalStateException}) and {@link #close} cancels what is left.
 * An interrupted caller gets an {@link IllegalStateException} too. Not thread-safe: one caller hands
 * out the batches.
 *
 * <pre>{@code
 * try (Workers workers = Workers.pooled(threads)) {
 *   for (List<String> batch : batches) {
 *     workers.run(() -> assess(batch));
 *   }
 * }
 * }</pre>
 */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore slots;
  private final Deque<Future<?>> running = new ArrayDeque<>();
  private boolean failed;

  private Workers(ExecutorService pool, int threads) {
    this.pool = pool;
    this.slots = pool == null ? null : new Semaphore(2 * threads);
  }

  /** Workers on the given number of threads; with one, the work runs on the caller's thread. */
  static Workers of(int threads) {
    return threads <= 1 ? new Workers(null, 1) : pooled(threads);
  }

  /**
   * Workers on a pool of the given number of threads, one at least, even for one: the caller goes on
   * (reading the next batch) while a batch is worked on.
   */
  static Workers pooled(int threads) {
    int n = Math.max(1, threads);
    return new Workers(Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "exposure-worker");
      t.setDaemon(true);
      return t;
    }), n);
  }

  /** Hands one batch to a free thread, waiting for one if all are busy. */
  void run(Runnable batch) {
    checkNotFailed();
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

  /** A batch failed and its failure was thrown: the run is over, whatever the caller caught. */
  private void checkNotFailed() {
    if (failed) {
      throw new IllegalStateException("a batch failed; these workers take no more work");
    }
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

  /** Waits for every batch handed out so far, rethrowing the first failure; the workers stay open. */
  void awaitAll() {
    checkNotFailed();
    while (!running.isEmpty()) {
      await(running.poll());
    }
  }

  /**
   * Waits for every batch and rethrows the first failure; after a failure has been thrown once, the
   * remaining batches are cancelled instead (the JVM may throw one preallocated OutOfMemoryError
   * everywhere, and a throwable cannot be thrown on top of itself). Returns once no batch runs any
   * more, so that none touches the caller's state after it (or after a minute, for a batch that will
   * not stop).
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
      try {
        pool.awaitTermination(1, TimeUnit.MINUTES);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
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
