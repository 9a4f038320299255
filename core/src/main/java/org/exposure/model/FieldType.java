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
  /** Notes that may embed any of the above. */
  FREE_TEXT,
  /** Nothing personal found. */
  OTHER;

  /** Whether exposure of this type reveals health data: a result, a diagnosis. */
  public boolean isHealthResult() {
    return this == TEST_RESULT || this == DIAGNOSIS;
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
