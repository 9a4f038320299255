package org.exposure.link;

/**
 * The patient numbers seen beside a stronger linking key (a national ID, or a name with a birth date
 * and postcode), as pairs of subject codes: which subject a record known only by her patient number
 * belongs to. Kept for every record that carries both, sixteen bytes a pair and no object, in 64
 * shards each behind its own lock. Where one patient number was seen beside several keys (an
 * extract's error), the least is kept, so that the pairs do not depend on the order records came in.
 */
final class Aliases {
  private static final int SHARD_BITS = 6;
  private final Shard[] shards = new Shard[1 << SHARD_BITS];

  Aliases() {
    for (int i = 0; i < shards.length; i++) {
      shards[i] = new Shard();
    }
  }

  /** Records that the subject of code {@code patient} is the subject of code {@code strong}. */
  void put(long patient, long strong) {
    shards[(int) (patient >>> (Long.SIZE - SHARD_BITS))].put(patient, strong);
  }

  /** What to do with one pair. */
  @FunctionalInterface
  interface Pair {
    void accept(long patient, long strong);
  }

  /** Hands every pair over, shard by shard. */
  void forEach(Pair action) {
    for (Shard shard : shards) {
      shard.forEach(action);
    }
  }

  /** Open addressing, linear probing; a key of 0 marks an empty slot (codes are HMAC output). */
  private static final class Shard {
    long[] keys = new long[16];
    long[] values = new long[16];
    int size;

    synchronized void put(long key, long value) {
      if (key == 0) {
        return;
      }
      if ((size + 1) * 4 > keys.length * 3) {
        grow();
      }
      int at = find(keys, key);
      if (keys[at] == 0) {
        keys[at] = key;
        values[at] = value;
        size++;
      } else if (Long.compareUnsigned(value, values[at]) < 0) {
        values[at] = value;
      }
    }

    synchronized void forEach(Pair action) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          action.accept(keys[i], values[i]);
        }
      }
    }

    private void grow() {
      long[] oldKeys = keys;
      long[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      values = new long[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int at = find(keys, oldKeys[i]);
          keys[at] = oldKeys[i];
          values[at] = oldValues[i];
        }
      }
    }

    private static int find(long[] keys, long key) {
      int mask = keys.length - 1;
      int at = (int) key & mask;
      while (keys[at] != 0 && keys[at] != key) {
        at = (at + 1) & mask;
      }
      return at;
    }
  }
}
