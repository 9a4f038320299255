package org.exposure.score;

/** The rule that set a subject's EI: the strongest combination of identifiers exposed about her. */
public enum EiRule {
  ID_WITH_NAME(1, "a national ID together with a name"),
  NAME_WITH_BIRTH_DATE(1, "a name together with a birth date"),
  NAME_WITH_ADDRESS(1, "a name together with a full address"),
  NAME_WITH_CONTACT(0.75, "a name together with a phone number or e-mail address"),
  ID_WITH_BIRTH_DATE_OR_ADDRESS(0.75, "a national ID linked to a birth date or address"),
  EMAIL(0.75, "an e-mail address, searchable on the web"),
  BIRTH_DATE_WITH_POSTCODE(0.75, "a birth date with a full postcode, unique for over 99% of the Dutch"),
  NAME_PHONE_OR_ADDRESS(0.5, "a name, phone number or address alone"),
  NO_DIRECT_IDENTIFIER(0.25, "no direct identifier; identification needs other data");

  private final double score;
  private final String reason;

  EiRule(double score, String reason) {
    this.score = score;
    this.reason = reason;
  }

  /** The EI this rule gives. */
  public double score() {
    return score;
  }

  /** Why, in words. */
  public String reason() {
    return reason;
  }
}
