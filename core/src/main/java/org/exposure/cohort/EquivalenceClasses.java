package org.exposure.cohort;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.exposure.model.QuasiIdentifiers;

/**
 * Equivalence classes on quasi-identifiers: subjects fall in the same class when the same kinds of
 * quasi-identifier were exposed about them with the same values. The size k of a subject's class gives
 * her prosecutor risk 1/k (El Emam; ARX's sample risk model).
 *
 * <p>Built from one array of {@linkplain QuasiIdentifiers#classCode() class codes}, eight bytes per
 * subject, sorted once; what is kept is the size of every class of two or more in an open-addressing
 * table (most subjects are alone in their class, and need no entry) and the number of classes of each
 * size. Immutable and thread-safe.
 */
public final class EquivalenceClasses {
  /**
   * Population uniqueness in the Netherlands for the sets of quasi-identifiers Koot, van 't Noordende and
   * de Laat (2010) measured on 2.7 million GBA records; other sets have no published rate.
   */
  private static final Map<List<String>, Double> KOOT_UNIQUENESS = Map.of(
      List.of("birth date", "PC4"), 0.670,
      List.of("birth date", "postcode", "sex"), 0.994);

  /** Codes of the classes of two or more, 0 for an empty slot, with their sizes beside them. */
  private final long[] sharedCodes;
  private final int[] sharedSizes;
  /** How many classes there are of each size. */
  private final SortedMap<Integer, Long> classesBySize;
  private final long[] subjectsByKinds;
  private final long subjects;

  private EquivalenceClasses(long[] sorted, int from) {
    int shared = 0;
    SortedMap<Integer, Long> bySize = new TreeMap<>();
    subjectsByKinds = new long[64]; // the kinds, and 32 more where the postcode is not Dutch
    for (int i = from; i < sorted.length; ) {
      int to = runEnd(sorted, i);
      int k = to - i;
      bySize.merge(k, 1L, Long::sum);
      subjectsByKinds[QuasiIdentifiers.kindsMask(sorted[i])
          | (QuasiIdentifiers.hasForeignPostcode(sorted[i]) ? 32 : 0)] += k;
      shared += k > 1 ? 1 : 0;
      i = to;
    }
    int capacity = Integer.highestOneBit(Math.max(shared, 1) * 2 + 1) * 2;
    sharedCodes = new long[capacity];
    sharedSizes = new int[capacity];
    for (int i = from; i < sorted.length; ) {
      int to = runEnd(sorted, i);
      if (to - i > 1) {
        int slot = slotOf(sorted[i]);
        sharedCodes[slot] = sorted[i];
        sharedSizes[slot] = to - i;
      }
      i = to;
    }
    classesBySize = Collections.unmodifiableSortedMap(bySize);
    subjects = sorted.length - from;
  }

  private static int runEnd(long[] sorted, int from) {
    int to = from + 1;
    while (to < sorted.length && sorted[to] == sorted[from]) {
      to++;
    }
    return to;
  }

  /**
   * The classes of the given subjects' class codes, one per subject; a code of 0 (no quasi-identifier)
   * is not counted. Sorts the array in place.
   */
  public static EquivalenceClasses ofClassCodes(long[] codes) {
    return ofClassCodes(codes, false);
  }

  /**
   * As {@link #ofClassCodes(long[])}, sorting on all cores (the common pool) if {@code parallel} and
   * the heap has ample room for the second array a parallel sort needs.
   */
  public static EquivalenceClasses ofClassCodes(long[] codes, boolean parallel) {
    if (parallel && codes.length * (long) Long.BYTES < Runtime.getRuntime().maxMemory() / 16) {
      Arrays.parallelSort(codes);
    } else {
      Arrays.sort(codes); // in place
    }
    int firstCounted = 0;
    while (firstCounted < codes.length && codes[firstCounted] == 0) {
      firstCounted++;
    }
    return new EquivalenceClasses(codes, firstCounted);
  }

  /** The classes of the given subjects' quasi-identifiers. */
  public static EquivalenceClasses of(List<QuasiIdentifiers> subjects) {
    return ofClassCodes(subjects.stream().mapToLong(QuasiIdentifiers::classCode).toArray());
  }

  /**
   * The size k of the class of a subject counted; 0 for one without quasi-identifiers. For
   * quasi-identifiers no subject counted had, the answer is meaningless.
   */
  public int sizeOf(QuasiIdentifiers qi) {
    if (qi.isEmpty()) {
      return 0;
    }
    long code = qi.classCode();
    int slot = slotOf(code);
    return sharedCodes[slot] == code ? sharedSizes[slot] : 1;
  }

  /** The slot of a code in the shared table: its own, or the empty one where it would go. */
  private int slotOf(long code) {
    int mask = sharedCodes.length - 1;
    int slot = (int) mix(code) & mask;
    while (sharedCodes[slot] != 0 && sharedCodes[slot] != code) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Murmur3's 64-bit finaliser: class codes are far from uniform, their hash must be. */
  private static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    return x ^ x >>> 33;
  }

  /**
   * The cohort's re-identification figures, ARX's prosecutor model: records at risk are those whose risk
   * 1/k exceeds the threshold.
   *
   * @param threshold the prosecutor risk above which a record is at risk
   */
  public ReidentificationSummary summary(double threshold) {
    long classes = 0;
    long atRisk = 0;
    for (Map.Entry<Integer, Long> e : classesBySize.entrySet()) {
      int k = e.getKey();
      classes += e.getValue();
      if (1.0 / k > threshold) {
        atRisk += k * e.getValue();
      }
    }
    long uniques = classesBySize.getOrDefault(1, 0L);
    Map<String, Long> byKinds = new TreeMap<>();
    double populationUniques = 0;
    long outsideNl = 0;
    Map<String, Double> rates = new TreeMap<>();
    for (int mask = 0; mask < subjectsByKinds.length; mask++) {
      long n = subjectsByKinds[mask];
      if (n == 0) {
        continue;
      }
      List<String> kinds = QuasiIdentifiers.kinds(mask & 31);
      boolean foreign = mask >= 32;
      String name = String.join(" + ", kinds);
      if (foreign) {
        name = name.replace("postcode", "postcode outside NL");
        outsideNl += n;
      }
      byKinds.put(name, n);
      // The rates were measured on the Dutch population: they say nothing of anyone else.
      Double rate = foreign ? null : KOOT_UNIQUENESS.get(kinds);
      if (rate != null) {
        rates.put(name, rate);
        populationUniques += rate * n;
      }
    }
    return new ReidentificationSummary(subjects, classes, uniques, atRisk, threshold,
        subjects == 0 ? 0 : 1.0 / classesBySize.firstKey(), byKinds, rates,
        Math.round(populationUniques), outsideNl);
  }
}
