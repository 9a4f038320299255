package org.exposure;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Runs batches of work on a fixed number of threads, at most two batches per thread in flight so that
 * a fast reader cannot fill the memory. With one thread the work runs on the caller's thread. Closing
 * waits for every batch and rethrows the first failure.
 */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;
  private final Semaphore slots;
  private final Deque<Future<?>> running = new ArrayDeque<>();

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
    slots.acquireUninterruptibly();
    running.add(pool.submit(() -> {
      try {
        batch.run();
      } finally {
        slots.release();
      }
    }));
    while (!running.isEmpty() && running.peek().isDone()) {
      await(running.poll());
    }
  }

  @Override
  public void close() {
    if (pool == null) {
      return;
    }
    try {
      while (!running.isEmpty()) {
        await(running.poll());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> batch) {
    try {
      batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing", e);
    } catch (ExecutionException e) {
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
