package org.exposure.benchmarks;

import java.util.SplittableRandom;

/**
 * One woman's screening result at the rates of {@link CohortGenerator}: about 10% hrHPV positive,
 * cytology (Pap class, KOPAC-B, Bethesda) only for positives; an immutable value.
 *
 * @param hpvPositive whether hrHPV was found
 * @param genotype    {@code HPV16}, {@code HPV18}, {@code overig hrHPV}, or {@code ""} when negative
 * @param pap         {@code 1}, {@code 2}, {@code 3a1} ... {@code 5}, or {@code ""} without cytology
 * @param kopacB      six digits, or {@code ""}
 * @param bethesda    {@code NILM}, {@code ASC-US} ..., or {@code ""}
 */
record ScreeningResult(boolean hpvPositive, String genotype, String pap, String kopacB, String bethesda) {
  private static final String[] PAP = {"1", "2", "3a1", "3a2", "3b", "4", "5"};
  private static final String[] BETHESDA = {"NILM", "ASC-US", "LSIL", "HSIL", "HSIL", "HSIL", "SCC"};
  private static final WeightedIndex PAP_WEIGHTS = new WeightedIndex(650, 120, 100, 60, 40, 15, 5);
  private static final String[] GENOTYPES = {"HPV16", "HPV18", "overig hrHPV"};
  private static final WeightedIndex GENOTYPE_WEIGHTS = new WeightedIndex(25, 10, 65);

  /** Draws a result. */
  static ScreeningResult draw(SplittableRandom rng) {
    if (rng.nextInt(1000) >= 100) {
      return new ScreeningResult(false, "", "", "", "");
    }
    String genotype = GENOTYPES[GENOTYPE_WEIGHTS.pick(rng)];
    int p = PAP_WEIGHTS.pick(rng);
    String kopac = "" + (1 + rng.nextInt(3)) + (1 + rng.nextInt(2)) + (p == 0 ? 1 : p + 2) + "111";
    return new ScreeningResult(true, genotype, PAP[p], kopac, BETHESDA[p]);
  }

  /** {@code hrHPV positief} or {@code hrHPV negatief}. */
  String hpv() {
    return hpvPositive ? "hrHPV positief" : "hrHPV negatief";
  }

  /** {@code Pap 3a2}, or {@code ""} without cytology. */
  String papClass() {
    return pap.isEmpty() ? "" : "Pap " + pap;
  }

  /** Whether the cytology is abnormal (Pap 2 or worse): the rows that get a referral. */
  boolean abnormal() {
    return !pap.isEmpty() && !pap.equals("1");
  }
}
