package org.exposure.cohort;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exposure.model.QuasiIdentifiers;

/**
 * Equivalence classes on quasi-identifiers: subjects fall in the same class when the same kinds of
 * quasi-identifier were exposed about them with the same values. The size k of a subject's class gives
 * her prosecutor risk 1/k (El Emam; ARX's sample risk model).
 *
 * <p>Kept as one sorted array of {@linkplain QuasiIdentifiers#classCode() class codes}, eight bytes per
 * subject, so that a cohort of millions fits in a small heap; a class's size is found by binary
 * search. Immutable and thread-safe.
 */
public final class EquivalenceClasses {
  /**
   * Population uniqueness in the Netherlands for the sets of quasi-identifiers Koot, van 't Noordende and
   * de Laat (2010) measured on 2.7 million GBA records; other sets have no published rate.
   */
  private static final Map<List<String>, Double> KOOT_UNIQUENESS = Map.of(
      List.of("birth date", "PC4"), 0.670,
      List.of("birth date", "postcode", "sex"), 0.994);

  private final long[] sorted;

  private EquivalenceClasses(long[] sorted) {
    this.sorted = sorted;
  }

  /**
   * The classes of the given subjects' class codes, one per subject; a code of 0 (no quasi-identifier)
   * is not counted. Takes the array over and sorts it.
   */
  public static EquivalenceClasses ofClassCodes(long[] codes) {
    Arrays.sort(codes); // in place: a parallel sort would need as much again
    int firstCounted = 0;
    while (firstCounted < codes.length && codes[firstCounted] == 0) {
      firstCounted++;
    }
    return new EquivalenceClasses(
        firstCounted == 0 ? codes : Arrays.copyOfRange(codes, firstCounted, codes.length));
  }

  /** The classes of the given subjects' quasi-identifiers. */
  public static EquivalenceClasses of(List<QuasiIdentifiers> subjects) {
    return ofClassCodes(subjects.stream().mapToLong(QuasiIdentifiers::classCode).toArray());
  }

  /** The size k of the class of a subject counted; 0 for one without quasi-identifiers. */
  public int sizeOf(QuasiIdentifiers qi) {
    return qi.isEmpty() ? 0 : sizeOf(qi.classCode());
  }

  private int sizeOf(long code) {
    return firstAtLeast(code + 1) - firstAtLeast(code); // codes stay far below Long.MAX_VALUE
  }

  /** The index of the first code at least the given one: a binary search that also finds runs. */
  private int firstAtLeast(long code) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < code) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * The cohort's re-identification figures, ARX's prosecutor model: records at risk are those whose risk
   * 1/k exceeds the threshold.
   *
   * @param threshold the prosecutor risk above which a record is at risk
   */
  public ReidentificationSummary summary(double threshold) {
    long classes = 0;
    long uniques = 0;
    long atRisk = 0;
    int smallest = Integer.MAX_VALUE;
    long[] subjectsByKinds = new long[32];
    for (int from = 0; from < sorted.length; ) {
      int to = from + 1;
      while (to < sorted.length && sorted[to] == sorted[from]) {
        to++;
      }
      int k = to - from;
      classes++;
      if (k == 1) {
        uniques++;
      }
      if (1.0 / k > threshold) {
        atRisk += k;
      }
      smallest = Math.min(smallest, k);
      subjectsByKinds[QuasiIdentifiers.kindsMask(sorted[from])] += k;
      from = to;
    }
    Map<String, Long> byKinds = new TreeMap<>();
    double populationUniques = 0;
    Map<String, Double> rates = new TreeMap<>();
    for (int mask = 0; mask < subjectsByKinds.length; mask++) {
      long n = subjectsByKinds[mask];
      if (n == 0) {
        continue;
      }
      List<String> kinds = QuasiIdentifiers.kinds(mask);
      String name = String.join(" + ", kinds);
      byKinds.put(name, n);
      Double rate = KOOT_UNIQUENESS.get(kinds);
      if (rate != null) {
        rates.put(name, rate);
        populationUniques += rate * n;
      }
    }
    return new ReidentificationSummary(sorted.length, classes, uniques, atRisk, threshold,
        sorted.length == 0 ? 0 : 1.0 / smallest, byKinds, rates, Math.round(populationUniques));
  }
}
