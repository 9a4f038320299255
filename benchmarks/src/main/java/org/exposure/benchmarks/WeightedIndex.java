package org.exposure.benchmarks;

import java.util.SplittableRandom;

/**
 * Picks an index with probability proportional to fixed integer weights; immutable.
 *
 * <p>One random draw per pick. A guide table (cut points) jumps close to the answer, so a pick
 * costs about two comparisons instead of a binary search: this sits in the per-row hot loop.
 */
final class WeightedIndex {

  private final int[] cumulative;
  private final int[] guide;

  WeightedIndex(int... weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("no weights");
    }
    cumulative = new int[weights.length];
    long sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("negative weight at " + i);
      }
      sum += weights[i];
      if (sum > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("weights too large");
      }
      cumulative[i] = (int) sum;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("all weights are zero");
    }
    // guide[j] = first index whose bucket reaches past the start of cut j.
    guide = new int[2 * weights.length];
    int index = 0;
    for (int j = 0; j < guide.length; j++) {
      long cutStart = sum * j / guide.length;
      while (cumulative[index] <= cutStart) {
        index++;
      }
      guide[j] = index;
    }
  }

  /**
   * Weights falling off like {@code 1 / (rank + offset)}: lists ordered from common to rare then
   * get a long tail, as real name frequencies do, without the head swamping everything.
   */
  static WeightedIndex zipf(int size, int offset) {
    int[] weights = new int[size];
    for (int rank = 0; rank < size; rank++) {
      weights[rank] = 1_000_000 / (rank + offset);
    }
    return new WeightedIndex(weights);
  }

  int size() {
    return cumulative.length;
  }

  int pick(SplittableRandom rng) {
    int total = cumulative[cumulative.length - 1];
    int r = rng.nextInt(total);
    // Bucket i holds r in [cumulative[i-1], cumulative[i]).
    int i = guide[(int) ((long) r * guide.length / total)];
    while (cumulative[i] <= r) {
      i++;
    }
    return i;
  }
}
