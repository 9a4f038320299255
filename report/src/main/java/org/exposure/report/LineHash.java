package org.exposure.report;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * MurmurHash3 (x64, 128 bits, seed 0) of a line, added to a running sum: the same halves as Guava's
 * {@code Hashing.murmur3_128().hashBytes(bytes, from, length).asBytes()} read as two big-endian longs,
 * so that a run's identity is what it was. Written out rather than called through Guava because Guava
 * makes a hasher and a buffer for every call: on the thread that writes the subjects in key order, a
 * million lines' worth of them cost a tenth of its time. {@code RunIdTest} holds the two to the same
 * values. Stateless.
 */
final class LineHash {
  private static final VarHandle LONG_LE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private LineHash() {}

  /** Adds the hash of {@code length} bytes from {@code from} to {@code sum[0]} and {@code sum[1]}. */
  static void add(byte[] bytes, int from, int length, long[] sum) {
    long h1 = 0;
    long h2 = 0;
    int end = from + (length & ~15);
    for (int at = from; at < end; at += 16) {
      h1 ^= mixK1((long) LONG_LE.get(bytes, at));
      h1 = Long.rotateLeft(h1, 27) + h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2((long) LONG_LE.get(bytes, at + 8));
      h2 = Long.rotateLeft(h2, 31) + h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int rest = length & 15;
    if (rest > 8) {
      h2 ^= mixK2(littleEndian(bytes, end + 8, rest - 8));
    }
    if (rest > 0) {
      h1 ^= mixK1(littleEndian(bytes, end, Math.min(rest, 8)));
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    h2 += h1;
    // Guava's bytes are h1 then h2, each little-endian; the sum read them back as big-endian longs.
    sum[0] += Long.reverseBytes(h1);
    sum[1] += Long.reverseBytes(h2);
  }

  /** Up to eight bytes as a little-endian number. */
  private static long littleEndian(byte[] bytes, int from, int count) {
    long value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = value << 8 | (bytes[from + i] & 0xffL);
    }
    return value;
  }

  private static long mixK1(long k1) {
    return Long.rotateLeft(k1 * C1, 31) * C2;
  }

  private static long mixK2(long k2) {
    return Long.rotateLeft(k2 * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
