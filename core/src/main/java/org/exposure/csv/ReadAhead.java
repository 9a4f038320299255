package org.exposure.csv;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an iterator ahead on a background thread, in batches, so that parsing and whatever the caller
 * does with the records run on two cores at once. The order is kept; a failure of the source is
 * rethrown to the caller at the place it happened. Closing stops the thread.
 */
final class ReadAhead<T> implements Iterator<T>, AutoCloseable {
  private static final int BATCH = 1024;
  private static final int DEPTH = 8;

  /** What the reader thread hands over: records, the end, or the source's failure. */
  private record Batch<T>(List<T> items, Throwable failure, boolean last) {}

  private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(DEPTH);
  private final Thread reader;
  private Iterator<T> current = List.<T>of().iterator();
  private boolean done;

  ReadAhead(Iterator<T> source, String name) {
    reader = new Thread(() -> fill(source), "exposure-read-ahead " + name);
    reader.setDaemon(true);
    reader.start();
  }

  private void fill(Iterator<T> source) {
    try {
      List<T> batch = new ArrayList<>(BATCH);
      while (source.hasNext()) {
        batch.add(source.next());
        if (batch.size() == BATCH) {
          queue.put(new Batch<>(batch, null, false));
          batch = new ArrayList<>(BATCH);
        }
      }
      queue.put(new Batch<>(batch, null, true));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // closed before the end: nobody is waiting
    } catch (RuntimeException | Error e) { // an OutOfMemoryError too: the reader must not hang
      try {
        queue.put(new Batch<>(List.of(), e, true));
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && !done) {
      Batch<T> batch;
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading ahead", e);
      }
      if (batch.failure() != null) {
        done = true;
        if (batch.failure() instanceof Error) {
          throw (Error) batch.failure();
        }
        throw (RuntimeException) batch.failure();
      }
      current = batch.items().iterator();
      done = batch.last();
    }
    return current.hasNext();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** Stops the reader thread and waits for it, so that the source may be closed safely. */
  @Override
  public void close() {
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
