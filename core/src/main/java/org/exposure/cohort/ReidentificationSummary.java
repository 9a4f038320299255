package org.exposure.cohort;

import java.util.Map;

/**
 * How easily the subjects of an extract are re-identified from their quasi-identifiers alone, in ARX's
 * prosecutor model, with an estimate against the Dutch population. Counts only.
 *
 * @param subjects subjects with at least one quasi-identifier
 * @param classes their equivalence classes
 * @param sampleUniques subjects alone in their class (k = 1)
 * @param recordsAtRisk subjects whose prosecutor risk 1/k exceeds the threshold
 * @param threshold that threshold
 * @param highestRisk 1/k of the smallest class; 0 without subjects
 * @param subjectsByQuasiIdentifiers subjects per set of quasi-identifiers ("birth date + postcode")
 * @param populationUniqueness Koot et al. (2010)'s share of the Dutch population unique on a set, for the
 *     sets they measured
 * @param estimatedPopulationUniques subjects of those sets times their uniqueness: how many are likely
 *     unique in the whole population, and so identifiable by anyone holding a population register
 * @param subjectsOutsideNl subjects whose postcode is not Dutch: the Dutch population's rates are not
 *     read for them, as no other country's are known
 */
public record ReidentificationSummary(
    long subjects,
    long classes,
    long sampleUniques,
    long recordsAtRisk,
    double threshold,
    double highestRisk,
    Map<String, Long> subjectsByQuasiIdentifiers,
    Map<String, Double> populationUniqueness,
    long estimatedPopulationUniques,
    long subjectsOutsideNl) {

  /** A summary of subjects all of whom, if they have a postcode, have a Dutch one. */
  public ReidentificationSummary(long subjects, long classes, long sampleUniques, long recordsAtRisk,
      double threshold, double highestRisk, Map<String, Long> subjectsByQuasiIdentifiers,
      Map<String, Double> populationUniqueness, long estimatedPopulationUniques) {
    this(subjects, classes, sampleUniques, recordsAtRisk, threshold, highestRisk,
        subjectsByQuasiIdentifiers, populationUniqueness, estimatedPopulationUniques, 0);
  }

  public ReidentificationSummary {
    subjectsByQuasiIdentifiers = Map.copyOf(subjectsByQuasiIdentifiers);
    populationUniqueness = Map.copyOf(populationUniqueness);
  }

  /** The average prosecutor risk, J/n: the share of records an attacker re-identifies on average. */
  public double averageRisk() {
    return subjects == 0 ? 0 : (double) classes / subjects;
  }

  /** The share of subjects whose risk exceeds the threshold. */
  public double shareAtRisk() {
    return subjects == 0 ? 0 : (double) recordsAtRisk / subjects;
  }
}
