package org.exposure.classify;

import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * The detectors Exposure ships with. Birth dates need the assessment date and live in
 * {@link BirthDateDetector}.
 */
enum BuiltInDetector implements ValueDetector {
  BSN(FieldType.NATIONAL_ID, "pass the 11-proef", 0.9, Bsn::isValid),
  US_SSN(FieldType.NATIONAL_ID, "are US social security numbers", 0.9, NationalIds::isUsSsn),
  NHS_NUMBER(FieldType.NATIONAL_ID, "pass the NHS number mod-11 check", 0.9,
      NationalIds::isNhsNumber),
  BELGIAN_NATIONAL_NUMBER(FieldType.NATIONAL_ID, "are Belgian national numbers with a valid check",
      0.9, NationalIds::isBelgianNationalNumber),
  EMAIL(FieldType.EMAIL, "are e-mail addresses", 0.8, ValuePatterns::isEmail),
  PHONE(FieldType.PHONE, "are phone numbers", 0.8, ValuePatterns::isPhone),
  POSTCODE(FieldType.POSTCODE, "are Dutch postcodes", 0.8, v -> ValuePatterns.postcode(v).isPresent()),
  BANK_ACCOUNT(FieldType.BANK_ACCOUNT, "are IBANs with a valid check", 0.8, ValuePatterns::isIban),
  // Results before streets: "Pap 3a1" is also a word and a number.
  TEST_RESULT(FieldType.TEST_RESULT, "read as screening results", 0.8,
      v -> ResultGrader.grade(v) != ResultGrade.NONE),
  /** Six bare digits mean nothing without a KOPAC-B header. */
  KOPAC_B(FieldType.TEST_RESULT, "are KOPAC-B codes", Double.NaN,
      v -> ResultGrader.kopacB(v) != ResultGrade.NONE) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return headerType == FieldType.TEST_RESULT && normalizedHeader.contains("kopac");
    }
  },
  /** A street name alone ("Kerkstraat") confirms a street header, but decides nothing by itself. */
  STREET_NAME(FieldType.STREET_ADDRESS, "are street names or address lines", Double.NaN,
      ValuePatterns::isStreetOrAddressLine),
  STREET_ADDRESS(FieldType.STREET_ADDRESS, "are a street and house number", 0.8,
      ValuePatterns::isStreetAndNumber),
  /** "Prinses Irenestraat": names that end as Dutch streets do, decide alone but never refute. */
  STREET_BY_SUFFIX(FieldType.STREET_ADDRESS, "are street names (-straat, -laan, -weg...)", 0.7,
      ValuePatterns::hasStreetSuffix) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  /** Any small number passes, so values alone never make a house-number column. */
  HOUSE_NUMBER(FieldType.HOUSE_NUMBER, "are house numbers", Double.NaN, ValuePatterns::isHouseNumber),
  /** Likewise for ages. */
  AGE(FieldType.AGE, "are ages (0-120)", Double.NaN, ValuePatterns::isAge),
  SEX(FieldType.SEX, "are sex codes", 0.95, ValuePatterns::isSexCode),
  TEST_NAME(FieldType.TEST_TYPE, "name a screening or lab test", 0.8, Codes::isTestName),
  LOINC(FieldType.TEST_TYPE, "are LOINC codes with a valid check digit", 0.9, Codes::isLoinc),
  ICD10(FieldType.DIAGNOSIS, "are ICD-10 codes", 0.9, Codes::isIcd10),
  SNOMED_CONCEPT(FieldType.DIAGNOSIS, "are SNOMED CT concept identifiers with a valid check digit",
      0.9, Codes::isSnomedConcept),
  SNOMED_FINDING(FieldType.DIAGNOSIS, "are SNOMED CT names of disorders or findings", 0.8,
      Codes::isSnomedFindingName),
  SNOMED_PROCEDURE(FieldType.PROCEDURE, "are SNOMED CT names of procedures", 0.8,
      Codes::isSnomedProcedureName),
  ATC(FieldType.MEDICATION, "are ATC codes of medicines", 0.9, Codes::isAtcCode),
  MEDICATION_WITH_STRENGTH(FieldType.MEDICATION, "name a medicine with its strength (mg, ml...)", 0.8,
      Codes::isMedicationWithStrength),
  // Vocabularies confirm a special category but cannot refute it: values alone only.
  RACE_OR_ETHNICITY(FieldType.RACIAL_OR_ETHNIC_ORIGIN, "name a race or ethnicity", 0.9,
      SpecialCategories::isRaceOrEthnicity) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  RELIGION(FieldType.RELIGION_OR_BELIEF, "name a religion or belief", 0.8,
      SpecialCategories::isReligion) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  SEXUAL_ORIENTATION(FieldType.SEX_LIFE_OR_ORIENTATION, "name a sexual orientation", 0.8,
      SpecialCategories::isSexualOrientation) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  /** Eight digits mean an AGB code only under a provider header... */
  AGB(FieldType.PROVIDER, "are 8-digit AGB codes", Double.NaN, Codes::isAgbCode),
  /** ...unless nearly all start with 01, the code of general practitioners. */
  GP_AGB(FieldType.PROVIDER, "are AGB codes of general practitioners (01...)", 0.95,
      v -> Codes.isAgbCode(v) && v.strip().startsWith("01")) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  RECORD_IDENTIFIER(FieldType.RECORD_ID, "are record identifiers (letter prefix and digits, or UUIDs)",
      0.9, Codes::isRecordIdentifier),
  CLINICAL_DATE(FieldType.CLINICAL_DATE, "are dates", 0.8, v -> Dates.parse(v).isPresent()),
  INITIALS(FieldType.INITIALS, "are initials", 0.9, NameDictionary::isInitials),
  // The dictionaries confirm names and places but cannot refute them: values alone only.
  PERSON_NAME(FieldType.PERSON_NAME, "are a given name or initials with a common Dutch family name",
      0.5, NameDictionary::isPersonName) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  FAMILY_NAME(FieldType.FAMILY_NAME, "are common Dutch family names", 0.5,
      NameDictionary::isFamilyName) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  GIVEN_NAME(FieldType.GIVEN_NAME, "are common Dutch given names", 0.5, NameDictionary::isGivenName) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  },
  CITY(FieldType.CITY, "are Dutch places of residence", 0.6, NameDictionary::isCity) {
    @Override
    public boolean confirms(String normalizedHeader, FieldType headerType) {
      return false;
    }
  };

  private final FieldType type;
  private final String evidence;
  private final double decidingShare;
  private final Predicate<String> check;

  BuiltInDetector(FieldType type, String evidence, double decidingShare, Predicate<String> check) {
    this.type = type;
    this.evidence = evidence;
    this.decidingShare = decidingShare;
    this.check = check;
  }

  @Override
  public FieldType type() {
    return type;
  }

  @Override
  public String evidence() {
    return evidence;
  }

  @Override
  public boolean matches(String value) {
    return check.test(value);
  }

  @Override
  public OptionalDouble decidingShare() {
    return Double.isNaN(decidingShare) ? OptionalDouble.empty() : OptionalDouble.of(decidingShare);
  }
}
