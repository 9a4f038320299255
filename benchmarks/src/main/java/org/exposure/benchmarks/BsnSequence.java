package org.exposure.benchmarks;

/**
 * Hands out distinct, valid-looking burgerservicenummers (BSN) in a seeded, scattered order.
 *
 * <p>Every number has 9 digits (leading zeros kept), passes the 11-proef
 * ({@code d1*9 + d2*8 + ... + d8*2 - d9 ≡ 0 (mod 11)}) and is never {@code 000000000}. The first
 * eight digits come from a permutation of a counter, so no number is ever handed out twice; the
 * ninth digit is computed, and prefixes whose check digit would have to be 10 are skipped. That
 * leaves room for about 90.9 million numbers.
 *
 * <p>Not thread-safe: one sequence per generator run.
 */
final class BsnSequence {

  /** Usable prefixes: 10^8 minus the ~1/11 whose check digit would be 10, minus 00000000. */
  static final long CAPACITY = 90_000_000L;

  private final DecimalPermutation prefixes;
  private long counter;

  BsnSequence(long key) {
    this.prefixes = new DecimalPermutation(4, key);
  }

  /** The next unused BSN as a 9-digit number (format with leading zeros). */
  long next() {
    while (counter < prefixes.size()) {
      long prefix = prefixes.apply(counter++);
      int check = checkDigit(prefix);
      if (check < 10 && prefix != 0) {
        return prefix * 10 + check;
      }
    }
    throw new IllegalStateException("BSN space exhausted");
  }

  /**
   * The ninth digit that makes {@code prefix} (8 digits, d1..d8) pass the 11-proef, or 10 when
   * no digit can.
   */
  static int checkDigit(long prefix) {
    long rest = prefix;
    int sum = 0;
    for (int weight = 2; weight <= 9; weight++) { // d8 has weight 2, d1 weight 9
      sum += (int) (rest % 10) * weight;
      rest /= 10;
    }
    return sum % 11;
  }
}
