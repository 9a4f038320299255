package org.exposure.cohort;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.exposure.model.QuasiIdentifiers;

/**
 * Equivalence classes on quasi-identifiers, counted in one pass over the subjects: subjects fall in the
 * same class when the same kinds of quasi-identifier were exposed about them with the same values. The
 * size k of a subject's class gives her prosecutor risk 1/k (El Emam; ARX's sample risk model).
 *
 * <p>Mutable; {@link #add} is thread-safe. Fill it, then read sizes and the {@link #summary}.
 */
public final class EquivalenceClasses {
  /**
   * Population uniqueness in the Netherlands for the sets of quasi-identifiers Koot, van 't Noordende and
   * de Laat (2010) measured on 2.7 million GBA records; other sets have no published rate.
   */
  private static final Map<List<String>, Double> KOOT_UNIQUENESS = Map.of(
      List.of("birth date", "PC4"), 0.670,
      List.of("birth date", "postcode", "sex"), 0.994);

  private final Map<Long, Integer> sizes = new ConcurrentHashMap<>();
  /** Subjects per set of kinds, indexed by {@link QuasiIdentifiers#kindsMask()}. */
  private final AtomicLongArray subjectsByKinds = new AtomicLongArray(32);
  /** The kinds' names per mask. */
  private final Map<Integer, List<String>> kindNames = new ConcurrentHashMap<>();

  /** Counts one subject; one without quasi-identifiers is not counted. */
  public void add(QuasiIdentifiers qi) {
    if (qi.isEmpty()) {
      return;
    }
    sizes.merge(qi.classCode(), 1, Integer::sum);
    int mask = qi.kindsMask();
    if (subjectsByKinds.getAndIncrement(mask) == 0) {
      kindNames.put(mask, qi.kinds());
    }
  }

  /** The size k of the class of a subject added before; 0 for one without quasi-identifiers. */
  public int sizeOf(QuasiIdentifiers qi) {
    return qi.isEmpty() ? 0 : sizes.getOrDefault(qi.classCode(), 0);
  }

  /**
   * The cohort's re-identification figures, ARX's prosecutor model: records at risk are those whose risk
   * 1/k exceeds the threshold.
   *
   * @param threshold the prosecutor risk above which a record is at risk
   */
  public ReidentificationSummary summary(double threshold) {
    long subjects = 0;
    long uniques = 0;
    long atRisk = 0;
    int smallest = Integer.MAX_VALUE;
    for (int k : sizes.values()) {
      subjects += k;
      if (k == 1) {
        uniques++;
      }
      if (1.0 / k > threshold) {
        atRisk += k;
      }
      smallest = Math.min(smallest, k);
    }
    Map<String, Long> byKinds = new TreeMap<>();
    double populationUniques = 0;
    Map<String, Double> rates = new TreeMap<>();
    for (Map.Entry<Integer, List<String>> e : kindNames.entrySet()) {
      String name = String.join(" + ", e.getValue());
      long n = subjectsByKinds.get(e.getKey());
      byKinds.put(name, n);
      Double rate = KOOT_UNIQUENESS.get(e.getValue());
      if (rate != null) {
        rates.put(name, rate);
        populationUniques += rate * n;
      }
    }
    return new ReidentificationSummary(subjects, sizes.size(), uniques, atRisk, threshold,
        subjects == 0 ? 0 : 1.0 / smallest, byKinds, rates, Math.round(populationUniques));
  }
}
