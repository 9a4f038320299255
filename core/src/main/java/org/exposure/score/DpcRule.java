package org.exposure.score;

/**
 * The rules that set a subject's basic DPC, ENISA's data processing context (before the adjustment for
 * minors): the highest that applies to her data (ENISA 2013, Annex 1).
 */
public enum DpcRule {
  TEST_RESULT(4, "an actual test result, diagnosis, medication or procedure was exposed"),
  /**
   * GDPR Art. 9's other special categories and Art. 10's criminal convictions: ENISA scores sensitive
   * data (health, political affiliation, sexual life) 4 (methodology.md).
   */
  SPECIAL_CATEGORY(4, "data of a special category was exposed (ethnic origin, religion, political "
      + "opinion, trade-union membership, sex life or orientation, genetic or biometric data, or "
      + "criminal convictions)"),
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
