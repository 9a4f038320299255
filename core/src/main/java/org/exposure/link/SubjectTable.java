package org.exposure.link;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.exposure.model.QuasiIdentifiers;

/**
 * The state of every subject in a few primitives, so that millions fit in a small heap: per subject
 * her pseudonymous key (a long), her field types and result grade (an int), her quasi-identifiers' class
 * code (a long) and the head of her list of record locations (an int); per record its location (a long)
 * and the next of the list (an int). About 34 bytes per subject and 12 per record, no object per
 * either.
 *
 * <p>Open addressing with linear probing in 256 shards, each behind its own lock and grown on its own,
 * so that worker threads rarely wait for each other, growing never copies the whole table, and no array
 * is large enough to be a humongous object for G1 in a 512 MiB heap. The keys are HMAC output, uniform
 * already, so their bits index the table directly.
 */
final class SubjectTable {
  private static final int SHARD_BITS = 8;
  /** Linear probing stays short below this load; HMAC keys do not cluster. */
  private static final double MAX_LOAD = 0.8;
  /** Grow by a quarter: a cohort of millions wastes little room, at the cost of more rehashing. */
  private static final double GROWTH = 1.25;
  /** Records per chunk of a shard's record list: chunks are never copied, so no room is wasted. */
  private static final int CHUNK_BITS = 10;
  private static final int CHUNK_MASK = (1 << CHUNK_BITS) - 1;

  private final Shard[] shards = new Shard[1 << SHARD_BITS];

  SubjectTable(int expectedSubjects) {
    int perShard = (int) Math.min(Integer.MAX_VALUE / 2,
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
   * @param grade the ordinal of the record's most alarming result grade
   * @param classCode the record's quasi-identifiers' class code
   * @param location the record's source and line, packed
   */
  void merge(long key, int types, int grade, long classCode, long location) {
    shards[(int) (key >>> (Long.SIZE - SHARD_BITS))].merge(key, types, grade, classCode, location);
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

  /** What {@link #forEach} hands over: one subject's state. */
  @FunctionalInterface
  interface Visitor {
    /**
     * @param locations her records' locations, in no particular order; valid during the call only
     * @param records how many of {@code locations} are hers
     */
    void visit(long key, int types, int grade, long classCode, long[] locations, int records);
  }

  /**
   * Hands every subject to the visitor, shard by shard. Call it once every record is in.
   *
   * @param parallel whether to visit shards on several threads at once (the common pool)
   */
  void forEach(boolean parallel, Visitor visitor) {
    IntStream shardIndexes = IntStream.range(0, shards.length);
    (parallel ? shardIndexes.parallel() : shardIndexes).forEach(i -> shards[i].forEach(visitor));
  }

  /** Every subject's class code, in no particular order. */
  long[] classCodes() {
    long[] codes = new long[size()];
    int n = 0;
    for (Shard shard : shards) {
      synchronized (shard) {
        for (int slot = 0; slot < shard.keys.length; slot++) {
          if (shard.keys[slot] != 0) {
            codes[n++] = shard.classCodes[slot];
          }
        }
      }
    }
    return codes;
  }

  private static final class Shard {
    private static final int GRADE_SHIFT = 24;
    private static final int TYPES_MASK = (1 << GRADE_SHIFT) - 1;

    // One slot per subject: 0 in keys marks an empty slot.
    long[] keys;
    long[] classCodes;
    /** Field-type bits below GRADE_SHIFT, the grade's ordinal above. */
    int[] typesAndGrade;
    /** 1 + the index of her last record in where and next; 0 for none. */
    int[] heads;
    int size;

    // One entry per record, in a list per subject, in chunks: where[r >> CHUNK_BITS][r & CHUNK_MASK].
    long[][] where = new long[0][];
    int[][] next = new int[0][];
    int records;

    Shard(int capacity) {
      allocate(capacity);
    }

    private void allocate(int capacity) {
      keys = new long[capacity];
      classCodes = new long[capacity];
      typesAndGrade = new int[capacity];
      heads = new int[capacity];
    }

    synchronized void merge(long key, int types, int grade, long classCode, long location) {
      int slot = slotOf(keys, key);
      if (keys[slot] == 0) {
        if (size + 1 > keys.length * MAX_LOAD) {
          grow();
          slot = slotOf(keys, key);
        }
        keys[slot] = key;
        size++;
      }
      int old = typesAndGrade[slot];
      typesAndGrade[slot] = (old | types) & TYPES_MASK
          | Math.max(old >>> GRADE_SHIFT, grade) << GRADE_SHIFT;
      classCodes[slot] = QuasiIdentifiers.leastOf(classCodes[slot], classCode);
      int chunk = records >>> CHUNK_BITS;
      if (chunk == where.length) {
        where = Arrays.copyOf(where, chunk + 1);
        next = Arrays.copyOf(next, chunk + 1);
        where[chunk] = new long[CHUNK_MASK + 1];
        next[chunk] = new int[CHUNK_MASK + 1];
      }
      where[chunk][records & CHUNK_MASK] = location;
      next[chunk][records & CHUNK_MASK] = heads[slot];
      heads[slot] = ++records;
    }

    /** The slot holding the key, or the empty slot where it belongs. */
    private static int slotOf(long[] keys, long key) {
      // The low 32 bits scaled to the capacity: the shard index took the high bits.
      int slot = (int) (((key & 0xffff_ffffL) * keys.length) >>> 32);
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = slot + 1 == keys.length ? 0 : slot + 1;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldCodes = classCodes;
      int[] oldTypes = typesAndGrade;
      int[] oldHeads = heads;
      allocate((int) Math.min(Integer.MAX_VALUE / 2, (long) (oldKeys.length * GROWTH) + 1));
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = slotOf(keys, oldKeys[i]);
          keys[slot] = oldKeys[i];
          classCodes[slot] = oldCodes[i];
          typesAndGrade[slot] = oldTypes[i];
          heads[slot] = oldHeads[i];
        }
      }
    }

    synchronized void forEach(Visitor visitor) {
      long[] locations = new long[8];
      for (int slot = 0; slot < keys.length; slot++) {
        if (keys[slot] == 0) {
          continue;
        }
        int n = 0;
        for (int r = heads[slot] - 1; r >= 0; r = next[r >>> CHUNK_BITS][r & CHUNK_MASK] - 1) {
          if (n == locations.length) {
            locations = Arrays.copyOf(locations, n * 2);
          }
          locations[n++] = where[r >>> CHUNK_BITS][r & CHUNK_MASK];
        }
        int tg = typesAndGrade[slot];
        visitor.visit(keys[slot], tg & TYPES_MASK, tg >>> GRADE_SHIFT, classCodes[slot], locations, n);
      }
    }
  }
}
