package org.exposure.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks an index with probability proportional to fixed integer weights; immutable. */
final class WeightedIndex {

    private final int[] cumulative;

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
        int r = rng.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r);
        // An exact hit on a cumulative bound belongs to the next bucket (buckets are [lo, hi)).
        i = i >= 0 ? i + 1 : -i - 1;
        while (cumulative[i] <= r) { // skip zero-weight buckets sharing the same bound
            i++;
        }
        return i;
    }
}
