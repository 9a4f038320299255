package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdentifierSequencesTest {

  @Test
  void decimalPermutationIsABijection() {
    for (int halfDigits = 1; halfDigits <= 3; halfDigits++) {
      DecimalPermutation permutation = new DecimalPermutation(halfDigits, 99L + halfDigits);
      int size = (int) permutation.size();
      BitSet hit = new BitSet(size);
      long outside = 0;
      for (int x = 0; x < size; x++) {
        long y = permutation.apply(x);
        if (y < 0 || y >= size) {
          outside++;
        } else {
          hit.set((int) y);
        }
      }
      assertThat(outside).isZero();
      assertThat(hit.cardinality()).isEqualTo(size);
    }
    assertThatThrownBy(() -> new DecimalPermutation(2, 1).apply(10_000)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void differentKeysGiveDifferentPermutations() {
    DecimalPermutation a = new DecimalPermutation(4, 1);
    DecimalPermutation b = new DecimalPermutation(4, 2);
    int same = 0;
    for (int x = 0; x < 1_000; x++) {
      if (a.apply(x) == b.apply(x)) {
        same++;
      }
    }
    assertThat(same).isLessThan(5);
  }

  @Test
  void checkDigitMatchesKnownBsns() {
    assertThat(BsnSequence.checkDigit(11122233)).isEqualTo(3); // 111222333
    assertThat(BsnSequence.checkDigit(1234567)).isEqualTo(2); // 012345672
    assertThat(BsnSequence.checkDigit(90018602)).isEqualTo(1); // 900186021
  }

  @Test
  void bsnSequenceNeverRepeats() {
    BsnSequence bsns = new BsnSequence(7);
    BitSet seen = new BitSet();
    int repeats = 0;
    for (int i = 0; i < 200_000; i++) {
      long bsn = bsns.next();
      int prefix = (int) (bsn / 10); // the check digit follows from the prefix
      if (seen.get(prefix) || bsn < 1 || bsn > 999_999_999L) {
        repeats++;
      }
      seen.set(prefix);
    }
    assertThat(repeats).isZero();
  }

  @Test
  void weightedIndexFollowsItsWeightsAndSkipsZeroWeights() {
    WeightedIndex index = new WeightedIndex(0, 30, 0, 0, 60, 10, 0);
    SplittableRandom rng = new SplittableRandom(1);
    int[] counts = new int[index.size()];
    for (int i = 0; i < 100_000; i++) {
      counts[index.pick(rng)]++;
    }
    assertThat(counts[0] + counts[2] + counts[3] + counts[6]).isZero();
    assertThat(counts[1] / 100_000.0).isBetween(0.29, 0.31);
    assertThat(counts[4] / 100_000.0).isBetween(0.59, 0.61);
    assertThat(counts[5] / 100_000.0).isBetween(0.09, 0.11);
    assertThatThrownBy(() -> new WeightedIndex(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
