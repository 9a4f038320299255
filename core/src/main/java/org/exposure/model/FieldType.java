package org.exposure.model;

/**
 * The kind of personal data a column or element holds. The names are stable: they appear in reports and
 * in the {@code report.json} contract.
 */
public enum FieldType {
  /** BSN, or another country's national number; validated by checksum where one exists. */
  NATIONAL_ID,
  /** A full name in one field. */
  PERSON_NAME,
  GIVEN_NAME,
  INITIALS,
  /** Family name, with prefixes such as "van der". */
  FAMILY_NAME,
  BIRTH_DATE,
  AGE,
  SEX,
  /** Street and number, or a whole address line. */
  STREET_ADDRESS,
  HOUSE_NUMBER,
  POSTCODE,
  CITY,
  PHONE,
  EMAIL,
  /** IBAN or another bank account number. */
  BANK_ACCOUNT,
  /** Patient, sample or lab number. */
  RECORD_ID,
  /** GP or practice name, AGB/UZI/BIG code. */
  PROVIDER,
  /** Which test was done. */
  TEST_TYPE,
  /** HPV result, Pap class, KOPAC-B, Bethesda, other results. */
  TEST_RESULT,
  DIAGNOSIS,
  CLINICAL_DATE,
  /** A medicine prescribed, given or dispensed, or a vaccine. */
  MEDICATION,
  /** A procedure, operation or treatment done or planned. */
  PROCEDURE,
  /** A health-insurance member, policy or claim number. */
  INSURANCE_ID,
  /** Coordinates or another precise location beyond an address. */
  GEOLOCATION,
  /** GDPR Art. 9: racial or ethnic origin (race, ethnicity, country of birth of parents). */
  RACIAL_OR_ETHNIC_ORIGIN,
  /** GDPR Art. 9: religious or philosophical beliefs. */
  RELIGION_OR_BELIEF,
  /** GDPR Art. 9: political opinions, party membership. */
  POLITICAL_OPINION,
  /** GDPR Art. 9: trade-union membership. */
  TRADE_UNION_MEMBERSHIP,
  /** GDPR Art. 9: sex life or sexual orientation. */
  SEX_LIFE_OR_ORIENTATION,
  /** GDPR Art. 9: genetic data (a genotype, a hereditary variant, a DNA profile). */
  GENETIC_DATA,
  /** GDPR Art. 9: biometric data that identifies (fingerprint, face template, iris). */
  BIOMETRIC_DATA,
  /** GDPR Art. 10: criminal convictions and offences. */
  CRIMINAL_CONVICTION,
  /** Notes that may embed any of the above. */
  FREE_TEXT,
  /** Nothing personal found. */
  OTHER;

  /** Whether exposure of this type reveals health data: a result, a diagnosis. */
  public boolean isHealthResult() {
    return this == TEST_RESULT || this == DIAGNOSIS;
  }

  /**
   * Whether this type is one of GDPR Art. 9's special categories other than health (which the result,
   * diagnosis and health-context types cover), or Art. 10's criminal convictions.
   */
  public boolean isSpecialCategory() {
    return compareTo(RACIAL_OR_ETHNIC_ORIGIN) >= 0 && compareTo(CRIMINAL_CONVICTION) <= 0;
  }

  /** Whether this type is a name or part of one. */
  public boolean isName() {
    return this == PERSON_NAME || this == GIVEN_NAME || this == INITIALS || this == FAMILY_NAME;
  }

  /** Whether this type is a way to contact the person directly. */
  public boolean isContact() {
    return this == PHONE || this == EMAIL || this == STREET_ADDRESS;
  }
}
