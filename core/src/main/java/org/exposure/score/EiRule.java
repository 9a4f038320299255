package org.exposure.score;

/**
 * The rules that set a subject's EI, ENISA's ease of identification: the highest any combination of her
 * exposed identifiers reaches (ENISA 2013, Annex 2). Without a direct identifier, the size k of her
 * equivalence class on quasi-identifiers decides (prosecutor risk 1/k).
 */
public enum EiRule {
  ID_WITH_NAME(1, "a national ID together with a name"),
  NAME_WITH_BIRTH_DATE(1, "a name together with a birth date"),
  NAME_WITH_ADDRESS(1, "a name together with a full address"),
  NAME_WITH_CONTACT(0.75, "a name together with a phone number or e-mail address"),
  ID_WITH_BIRTH_DATE_OR_ADDRESS(0.75, "a national ID linked to a birth date or address"),
  EMAIL(0.75, "an e-mail address, searchable on the web"),
  NAME_PHONE_OR_ADDRESS(0.5, "a name, phone number or address alone"),
  ID_ALONE(0.25, "a national ID alone: the BSN encodes nothing, and linking it needs the reference "
      + "database"),
  QUASI_IDENTIFIERS_UNIQUE(0.75, "she is the only subject in the extract with her quasi-identifiers"),
  QUASI_IDENTIFIERS_RARE(0.5, "few subjects in the extract share her quasi-identifiers (prosecutor "
      + "risk above the threshold)"),
  QUASI_IDENTIFIERS_COMMON(0.25, "many subjects in the extract share her quasi-identifiers"),
  NO_DIRECT_IDENTIFIER(0.25, "no direct identifier and no quasi-identifier; identification needs other "
      + "data");

  private final double score;
  private final String reason;

  EiRule(double score, String reason) {
    this.score = score;
    this.reason = reason;
  }

  /** The EI this rule gives by default; a {@link Policy} may set another. */
  public double defaultScore() {
    return score;
  }

  /** Why, in words. */
  public String reason() {
    return reason;
  }
}
