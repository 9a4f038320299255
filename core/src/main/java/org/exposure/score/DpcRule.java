package org.exposure.score;

/**
 * The rules that set a subject's basic DPC, ENISA's data processing context (before the adjustment for
 * minors): the highest that applies to her data (ENISA 2013, Annex 1).
 */
public enum DpcRule {
  TEST_RESULT(4, "an actual test result or diagnosis was exposed"),
  TEST_TYPE(3, "the type of test was exposed, revealing participation in screening"),
  HEALTH_CONTROLLER(3, "simple data only, but the controller's nature reveals health (being on a "
      + "screening lab's list)"),
  IDENTITY_KIT(3, "a national ID with a name and a birth date or address was exposed (identity-fraud "
      + "kit)"),
  BANK_ACCOUNT(2, "a bank account number was exposed"),
  SIMPLE_DATA(1, "simple data only (identity and contact details)");

  private final int score;
  private final String reason;

  DpcRule(int score, String reason) {
    this.score = score;
    this.reason = reason;
  }

  /** The DPC this rule gives by default; a {@link Policy} may set another. */
  public int defaultScore() {
    return score;
  }

  /** Why, in words. */
  public String reason() {
    return reason;
  }
}
