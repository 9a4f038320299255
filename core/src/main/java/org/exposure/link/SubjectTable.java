package org.exposure.link;

import com.google.common.base.Throwables;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.exposure.model.QuasiIdentifiers;

/**
 * The state of every subject in a few primitives, so that millions fit in a small heap: per subject
 * her pseudonymous key, her quasi-identifiers' class code, her first record's location, her field
 * types, and her findings with the head of a list of her further records, five longs side by side; per
 * further record its location (a long) and the next of the list (an int). About 56 bytes per subject
 * and 12 per further record, no object per either.
 *
 * <p>Open addressing with linear probing in 1,024 shards, each behind its own lock and grown on its
 * own, so that worker threads rarely wait for each other, growing never copies the whole table, and up
 * to about five million subjects no array is large enough to be a humongous object for G1 in a 512 MiB
 * heap (half a 1 MiB region). The keys are HMAC output, uniform already, so their bits index the table
 * directly.
 */
final class SubjectTable {
  private static final int SHARD_BITS = 10;
  /** Linear probing stays short below this load; HMAC keys do not cluster. */
  private static final double MAX_LOAD = 0.8;
  /** Grow by a quarter: a cohort of millions wastes little room, at the cost of more rehashing. */
  private static final double GROWTH = 1.25;
  /** Records per chunk of a shard's record list: chunks are never copied, so no room is wasted. */
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

  /** A subject's findings: the ordinal of her most alarming result grade in the low bits... */
  static final int GRADE_MASK = 0b111;
  /** ...and whether a sensitive diagnosis was exposed. */
  static final int SENSITIVE = 0b1000;

  private final Shard[] shards = new Shard[1 << SHARD_BITS];

  SubjectTable(int expectedSubjects) {
    int perShard = (int) Math.min(Integer.MAX_VALUE / Shard.STRIDE - 1,
        (long) (Math.max(expectedSubjects, 1) / MAX_LOAD) >> SHARD_BITS);
    for (int i = 0; i < shards.length; i++) {
      shards[i] = new Shard(Math.max(16, perShard));
    }
  }

  /**
   * Joins one record to the subject of the given key, creating her if new.
   *
   * @param key her pseudonymous key, never 0
   * @param types the field types exposed in the record, as bits by ordinal
   * @param findings the ordinal of the record's most alarming result grade, with {@link #SENSITIVE}
   *     where it exposes a sensitive diagnosis
   * @param classCode the record's quasi-identifiers' class code
   * @param location the record's source and line, packed
   */
  void merge(long key, long types, int findings, long classCode, long location) {
    shards[(int) (key >>> (Long.SIZE - SHARD_BITS))].merge(key, types, findings, classCode, location);
  }

  int size() {
    int size = 0;
    for (Shard shard : shards) {
      synchronized (shard) {
        size += shard.size;
      }
    }
    return size;
  }

  /** One subject's state, as a shard hands it over. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param locations her records' locations, in no particular order; valid during the call only
     * @param records how many of {@code locations} are hers
     */
    void visit(long key, long types, int findings, long classCode, long[] locations, int records);
  }

  /** What {@link #mapInKeyOrder} makes of one subject's state. */
  @FunctionalInterface
  interface Mapper<T> {
    /**
     * @param locations her records' locations, in no particular order; valid during the call only
     * @param records how many of {@code locations} are hers
     */
    T map(long key, long types, int findings, long classCode, long[] locations, int records);
  }

  /**
   * Maps every subject, shard by shard, and hands the results to {@code deliver} one at a time on the
   * calling thread, in ascending order of the subjects' keys as unsigned numbers (the order of their
   * hex forms): a shard holds the keys of one value of their top bits, and is sorted on its own. With
   * more than one thread, shards are mapped a few ahead on {@code threads - 1} threads of their own
   * while the caller delivers, so that its work on each result overlaps the mapping of the next and
   * few results wait in memory. Call it once every record is in.
   */
  <T> void mapInKeyOrder(int threads, Mapper<T> mapper, Consumer<? super T> deliver) {
    if (threads <= 1) {
      for (Shard shard : shards) {
        shard.mapInKeyOrder(mapper).forEach(deliver);
      }
      return;
    }
    ExecutorService mappers = Executors.newFixedThreadPool(threads - 1, task -> {
      Thread thread = new Thread(task, "exposure-scoring");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<List<T>>> ahead = new ArrayDeque<>();
      int next = 0;
      while (next < shards.length || !ahead.isEmpty()) {
        while (next < shards.length && ahead.size() < 2 * threads) {
          Shard shard = shards[next++];
          ahead.add(mappers.submit(() -> shard.mapInKeyOrder(mapper)));
        }
        ahead.poll().get().forEach(deliver);
      }
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException("scoring a subject failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while subjects were scored", e);
    } finally {
      mappers.shutdownNow();
      awaitStopped(mappers);
    }
  }

  /** Waits for the mappers to stop (a minute at most), so that none runs on after an error. */
  private static void awaitStopped(ExecutorService mappers) {
    try {
      mappers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Moves the subject of key {@code from}, if there is one, into the subject of key {@code to}: her
   * records, types, findings and quasi-identifiers join the other's, and she is no subject any more.
   * Call it once every record is in.
   */
  void mergeInto(long from, long to) {
    if (from == to) {
      return;
    }
    Shard source = shards[(int) (from >>> (Long.SIZE - SHARD_BITS))];
    long[][] moved = new long[1][];
    long types;
    int findings;
    long classCode;
    synchronized (source) {
      int at = Shard.find(source.slots, source.capacity, from);
      if (source.slots[at] == 0 || source.slots[at + 2] == Shard.MERGED) {
        return;
      }
      types = source.slots[at + 3];
      findings = (int) (source.slots[at + 4] >>> 32);
      classCode = source.slots[at + 1];
      source.visit(at, new long[8],
          (key, t, f, c, where, records) -> moved[0] = Arrays.copyOf(where, records));
      source.slots[at + 2] = Shard.MERGED;
      source.size--;
    }
    Shard target = shards[(int) (to >>> (Long.SIZE - SHARD_BITS))];
    for (int i = 0; i < moved[0].length; i++) {
      target.merge(to, i == 0 ? types : 0, i == 0 ? findings : 0, classCode, moved[0][i]);
    }
  }

  /** Every subject's class code, in no particular order. */
  long[] classCodes() {
    long[] codes = new long[size()];
    int n = 0;
    for (Shard shard : shards) {
      synchronized (shard) {
        for (int at = 0; at < shard.slots.length; at += Shard.STRIDE) {
          if (shard.isSubject(at)) {
            codes[n++] = shard.slots[at + 1];
          }
        }
      }
    }
    return codes;
  }

  private static final class Shard {
    /**
     * A subject's slot is five longs side by side, so that joining a record to her touches one or two
     * cache lines: her key (0 marks an empty slot), her class code, the location of her first record,
     * her field-type bits, and her findings in the high int with 1 + the index of her last further
     * record in where and next (0 for none) in the low int. Most subjects have one record, which then
     * needs no list entry.
     */
    static final int STRIDE = 5;
    /** The first location of a subject merged into another ({@link #mergeInto}): no subject now. */
    static final long MERGED = -1;

    long[] slots;
    int capacity;
    int size;

    // One entry per further record, in a list per subject, in chunks:
    // where[r >> CHUNK_BITS][r & CHUNK_MASK].
    long[][] where = new long[0][];
    int[][] next = new int[0][];
    int records;

    Shard(int capacity) {
      this.capacity = capacity;
      this.slots = new long[capacity * STRIDE];
    }

    synchronized void merge(long key, long types, int findings, long classCode, long location) {
      int at = find(slots, capacity, key);
      if (slots[at] == 0) {
        if (size + 1 > capacity * MAX_LOAD) {
          grow();
          at = find(slots, capacity, key);
        }
        slots[at] = key;
        slots[at + 1] = classCode;
        slots[at + 2] = location;
        slots[at + 3] = types;
        slots[at + 4] = (long) findings << 32;
        size++;
        return;
      }
      slots[at + 1] = QuasiIdentifiers.mostTellingOf(slots[at + 1], classCode);
      slots[at + 3] |= types;
      long packed = slots[at + 4];
      int old = (int) (packed >>> 32);
      int merged = Math.max(old & GRADE_MASK, findings & GRADE_MASK) | (old | findings) & SENSITIVE;
      int chunk = records >>> CHUNK_BITS;
      if (chunk == where.length) {
        where = Arrays.copyOf(where, chunk + 1);
        next = Arrays.copyOf(next, chunk + 1);
        where[chunk] = new long[CHUNK_MASK + 1];
        next[chunk] = new int[CHUNK_MASK + 1];
      }
      where[chunk][records & CHUNK_MASK] = location;
      next[chunk][records & CHUNK_MASK] = (int) packed; // her previous last record
      records++;
      slots[at + 4] = (long) merged << 32 | records;
    }

    /** Where the key's slot starts, or the empty slot where it belongs. */
    static int find(long[] slots, int capacity, long key) {
      // The low 32 bits scaled to the capacity: the shard index took the high bits.
      int at = (int) (((key & 0xffff_ffffL) * capacity) >>> 32) * STRIDE;
      while (slots[at] != 0 && slots[at] != key) {
        at += STRIDE;
        if (at == slots.length) {
          at = 0;
        }
      }
      return at;
    }

    private void grow() {
      long[] old = slots;
      capacity = (int) Math.min(Integer.MAX_VALUE / STRIDE - 1, (long) (capacity * GROWTH) + 1);
      slots = new long[capacity * STRIDE];
      for (int from = 0; from < old.length; from += STRIDE) {
        if (old[from] != 0) {
          int to = find(slots, capacity, old[from]);
          System.arraycopy(old, from, slots, to, STRIDE);
        }
      }
    }

    /** Whether the slot at {@code at} holds a subject: taken, and not merged into another. */
    boolean isSubject(int at) {
      return slots[at] != 0 && slots[at + 2] != MERGED;
    }

    /** The shard's subjects mapped, in ascending unsigned order of their keys. */
    synchronized <T> List<T> mapInKeyOrder(Mapper<T> mapper) {
      long[] keys = new long[size];
      int n = 0;
      for (int at = 0; at < slots.length; at += STRIDE) {
        if (isSubject(at)) {
          keys[n++] = slots[at] ^ Long.MIN_VALUE; // signed order of these is unsigned of the keys
        }
      }
      Arrays.sort(keys);
      List<T> mapped = new ArrayList<>(n);
      long[] locations = new long[8];
      for (long flipped : keys) {
        locations = visit(find(slots, capacity, flipped ^ Long.MIN_VALUE), locations,
            (key, types, findings, classCode, where, records) -> mapped.add(
                mapper.map(key, types, findings, classCode, where, records)));
      }
      return mapped;
    }

    /** Visits the subject whose slot starts at {@code at}; returns the buffer of locations used. */
    long[] visit(int at, long[] locations, Visitor visitor) {
      long packed = slots[at + 4];
      locations[0] = slots[at + 2];
      int n = 1;
      for (int r = (int) packed - 1; r >= 0; r = next[r >>> CHUNK_BITS][r & CHUNK_MASK] - 1) {
        if (n == locations.length) {
          locations = Arrays.copyOf(locations, n * 2);
        }
        locations[n++] = where[r >>> CHUNK_BITS][r & CHUNK_MASK];
      }
      visitor.visit(slots[at], slots[at + 3], (int) (packed >>> 32), slots[at + 1], locations, n);
      return locations;
    }
  }
}
