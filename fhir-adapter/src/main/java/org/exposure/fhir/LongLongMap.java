package org.exposure.fhir;

/**
 * A map of long to long in two arrays, open addressing with linear probing: 16 bytes an entry at most
 * half full, no object per entry. Keys must not be 0. Fill it on one thread, then read it from any.
 */
final class LongLongMap {
  private long[] keys = new long[64];
  private long[] values = new long[64];
  private int size;

  /** Maps the key to the value, replacing any earlier value. */
  void put(long key, long value) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int slot = slotOf(keys, key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      size++;
    }
    values[slot] = value;
  }

  /** The value of the key, or 0 if it has none. */
  long get(long key) {
    int slot = slotOf(keys, key);
    return keys[slot] == key ? values[slot] : 0;
  }

  int size() {
    return size;
  }

  private static int slotOf(long[] keys, long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ key >>> 32) * 0x9E3779B9 & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slotOf(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  @Override
  public String toString() {
    return "LongLongMap[" + size + " entries]";
  }
}
