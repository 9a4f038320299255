package org.exposure.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The patient numbers seen beside a stronger linking key (a national ID, or a name with a birth date
 * and postcode), as pairs of subject codes: which subject a record known only by her patient number
 * belongs to. Kept for every record that carries both, sixteen bytes a pair and no object, in 64
 * shards each behind its own lock.
 *
 * <p>One patient number seen beside two stronger keys (her national ID in one row, her name and birth
 * date in another where the ID was left blank) joins them too: the subjects of keys that share a
 * patient number are one, under the least of their codes, so that the outcome does not depend on
 * the order records came in.
 */
final class Aliases {
  private static final int SHARD_BITS = 6;
  private final Shard[] shards = new Shard[1 << SHARD_BITS];
  /**
   * Names (a fingerprint of family name, birth date and postcode: never output, so no secret needed)
   * seen beside a national ID, and the least ID's code.
   */
  private final Shard[] names = new Shard[1 << SHARD_BITS];
  /** The subjects known by name alone (a record without the national ID), by their names' print. */
  private final Shard nameKeyed = new Shard();
  /** Pairs of stronger keys' codes seen beside one patient number, flat: few in any extract. */
  private long[] joins = new long[16];
  private int joined;

  Aliases() {
    for (int i = 0; i < shards.length; i++) {
      shards[i] = new Shard();
      names[i] = new Shard();
    }
  }

  /** Records that the subject of code {@code patient} is the subject of code {@code strong}. */
  void put(long patient, long strong) {
    long other = shards[(int) (patient >>> (Long.SIZE - SHARD_BITS))].put(patient, strong);
    if (other != 0 && other != strong) {
      join(other, strong);
    }
  }

  /**
   * Records that a person of these names (their print) has the national ID of code {@code id}. Unlike
   * a patient number, names seen beside two IDs do not join them: twins share a family name, a birth
   * date and a postcode. The least ID is kept.
   */
  void putName(long names, long id) {
    this.names[(int) (names >>> (Long.SIZE - SHARD_BITS))].put(names, id);
  }

  /**
   * Records that the subject of code {@code subject} is known by these names (their print) alone. Two
   * such subjects of one print (her rows by patient number, her rows by name) are one: joined as a
   * patient number's two stronger keys are.
   */
  void nameKeyed(long names, long subject) {
    long other = nameKeyed.put(names, subject);
    if (other != 0 && other != subject) {
      join(other, subject);
    }
  }

  private synchronized void join(long a, long b) {
    if (joined + 2 > joins.length) {
      joins = java.util.Arrays.copyOf(joins, joins.length * 2);
    }
    joins[joined++] = a;
    joins[joined++] = b;
  }

  /** What to do with one pair. */
  @FunctionalInterface
  interface Pair {
    void accept(long patient, long strong);
  }

  /**
   * Hands over every merge the pairs call for, as (from, into): each stronger key's subject into the
   * least subject its patient numbers join it to, a name key's subject into its ID's, then each
   * patient number's subject into that subject. No subject is merged into one that is merged itself.
   *
   */
  synchronized void forEachMerge(Pair action) {
    Map<Long, Long> parent = new HashMap<>();
    for (int i = 0; i < joined; i += 2) {
      // The least code is the root, whatever the order the pairs came in.
      long a = joins[i];
      long b = joins[i + 1];
      boolean aLeast = Long.compareUnsigned(root(parent, a), root(parent, b)) < 0;
      union(parent, aLeast ? b : a, aLeast ? a : b);
    }
    // A name key's subject is one with the ID's: an edge like a patient number's joins, so that a
    // name key that is itself the stronger key of a patient number merges only once, into the root.
    // Only subjects known by name alone (rows with the ID left blank) are looked up: they are few,
    // and the map below stays as small as the splits it mends. The ID's side is the root.
    nameKeyed.forEach((print, subject) -> {
      long id = names[(int) (print >>> (Long.SIZE - SHARD_BITS))].get(print);
      if (id != 0) {
        union(parent, subject, id);
      }
    });
    for (Long code : List.copyOf(parent.keySet())) {
      long root = root(parent, code);
      if (root != code) {
        action.accept(code, root);
      }
    }
    for (Shard shard : shards) {
      shard.forEach((patient, strong) -> action.accept(patient, root(parent, strong)));
    }
  }

  /** Puts the set of {@code from} under the root of {@code into}'s set, if they are two. */
  private static void union(Map<Long, Long> parent, long from, long into) {
    long a = root(parent, from);
    long b = root(parent, into);
    if (a != b) {
      parent.put(a, b);
    }
  }

  private static long root(Map<Long, Long> parent, long code) {
    long root = code;
    for (Long up = parent.get(root); up != null; up = parent.get(root)) {
      root = up;
    }
    if (root != code) {
      parent.put(code, root); // halves the next search
    }
    return root;
  }

  /** Open addressing, linear probing; a key of 0 marks an empty slot (codes are HMAC output). */
  private static final class Shard {
    long[] keys = new long[16];
    long[] values = new long[16];
    int size;

    /** Keeps the least strong key of a patient number; returns the one it held before, or 0. */
    synchronized long put(long key, long value) {
      if (key == 0) {
        return 0;
      }
      if ((size + 1) * 4 > keys.length * 3) {
        grow();
      }
      int at = find(keys, key);
      if (keys[at] == 0) {
        keys[at] = key;
        values[at] = value;
        size++;
        return 0;
      }
      long before = values[at];
      if (Long.compareUnsigned(value, before) < 0) {
        values[at] = value;
      }
      return before;
    }

    /** The value kept for a key, 0 if none. */
    synchronized long get(long key) {
      int at = find(keys, key);
      return keys[at] == key ? values[at] : 0;
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
