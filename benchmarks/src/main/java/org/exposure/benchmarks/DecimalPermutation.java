package org.exposure.benchmarks;

/**
 * A seeded bijection on {@code [0, 10^(2k))}: a balanced Feistel network whose two halves are
 * k-digit decimal numbers.
 *
 * <p>Used to hand out identifiers (BSN, sample numbers, AGB codes) that look random but can never
 * collide: distinct inputs always give distinct outputs, so a plain counter becomes a stream of
 * unique, scattered numbers without a "seen" set.
 */
final class DecimalPermutation {

  private static final int ROUNDS = 6; // even: the halves end up in their original roles

  private final long half;
  private final long[] roundKeys = new long[ROUNDS];

  /**
   * @param halfDigits digits per half (1..9); the domain is {@code 10^(2 * halfDigits)}
   * @param key        permutation key; different keys give unrelated permutations
   */
  DecimalPermutation(int halfDigits, long key) {
    if (halfDigits < 1 || halfDigits > 9) {
      throw new IllegalArgumentException("halfDigits must be 1..9: " + halfDigits);
    }
    long h = 1;
    for (int i = 0; i < halfDigits; i++) {
      h *= 10;
    }
    this.half = h;
    long k = key;
    for (int i = 0; i < ROUNDS; i++) {
      k = mix(k + 0x9E3779B97F4A7C15L);
      roundKeys[i] = k;
    }
  }

  /** Number of values in the domain. */
  long size() {
    return half * half;
  }

  /** Maps {@code x} in {@code [0, size())} to a distinct value in the same range. */
  long apply(long x) {
    if (x < 0 || x >= size()) {
      throw new IllegalArgumentException("outside the permutation domain: " + x);
    }
    long left = x / half;
    long right = x % half;
    for (long roundKey : roundKeys) {
      long f = Long.remainderUnsigned(mix(right ^ roundKey), half);
      long next = (left + f) % half;
      left = right;
      right = next;
    }
    return left * half + right;
  }

  /** A 64-bit avalanche mix (multiply / xor-shift); only its scattering matters here. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
