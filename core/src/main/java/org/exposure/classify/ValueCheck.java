package org.exposure.classify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * A value validator for one field type, with the words the evidence uses for values that pass it ("pass
 * the 11-proef", "are Dutch postcodes"). A check may confirm a header's type (the share that passes sets
 * the confidence), decide a column's type by values alone past a threshold, or both.
 */
enum ValueCheck {
  NATIONAL_ID(FieldType.NATIONAL_ID, "pass the 11-proef", 0.9, true, Bsn::isValid),
  EMAIL(FieldType.EMAIL, "are e-mail addresses", 0.8, true, ValuePatterns::isEmail),
  PHONE(FieldType.PHONE, "are phone numbers", 0.8, true, ValuePatterns::isPhone),
  POSTCODE(FieldType.POSTCODE, "are Dutch postcodes", 0.8, true,
      v -> ValuePatterns.postcode(v).isPresent()),
  BANK_ACCOUNT(FieldType.BANK_ACCOUNT, "are IBANs with a valid check", 0.8, true,
      ValuePatterns::isIban),
  /** A street name alone ("Kerkstraat") confirms a street header, but decides nothing by itself. */
  STREET_NAME(FieldType.STREET_ADDRESS, "are street names or address lines", Double.NaN, true,
      ValuePatterns::isStreetOrAddressLine),
  STREET_ADDRESS(FieldType.STREET_ADDRESS, "are a street and house number", 0.8, false,
      ValuePatterns::isStreetAndNumber),
  /** Any small number passes, so values alone never make a house-number column. */
  HOUSE_NUMBER(FieldType.HOUSE_NUMBER, "are house numbers", Double.NaN, true,
      ValuePatterns::isHouseNumber),
  SEX(FieldType.SEX, "are sex codes", 0.95, true, ValuePatterns::isSexCode),
  TEST_RESULT(FieldType.TEST_RESULT, "read as screening results", 0.8, true,
      v -> ResultGrader.grade(v) != ResultGrade.NONE),
  /** Six bare digits mean nothing without a KOPAC-B header; see {@link #forHeader}. */
  KOPAC_B(FieldType.TEST_RESULT, "are KOPAC-B codes", Double.NaN, false,
      v -> ResultGrader.kopacB(v) != ResultGrade.NONE),
  CLINICAL_DATE(FieldType.CLINICAL_DATE, "are dates", 0.8, true, v -> Dates.parse(v).isPresent()),
  /** Birth dates need a reference date; see {@link #isPlausibleBirthDate}. */
  BIRTH_DATE(FieldType.BIRTH_DATE, "are plausible birth dates (ages 0-120)", 0.8, true, v -> false),
  INITIALS(FieldType.INITIALS, "are initials", 0.9, true, NameDictionary::isInitials),
  // The dictionaries confirm names and places but cannot refute them: values alone only.
  PERSON_NAME(FieldType.PERSON_NAME, "are a given name or initials with a common Dutch family name",
      0.5, false, NameDictionary::isPersonName),
  FAMILY_NAME(FieldType.FAMILY_NAME, "are common Dutch family names", 0.5, false,
      NameDictionary::isFamilyName),
  GIVEN_NAME(FieldType.GIVEN_NAME, "are common Dutch given names", 0.5, false,
      NameDictionary::isGivenName),
  CITY(FieldType.CITY, "are Dutch places of residence", 0.6, false, NameDictionary::isCity);

  private final FieldType type;
  private final String evidence;
  private final double threshold;
  private final boolean confirmsHeader;
  private final Predicate<String> check;

  ValueCheck(FieldType type, String evidence, double threshold, boolean confirmsHeader,
      Predicate<String> check) {
    this.type = type;
    this.evidence = evidence;
    this.threshold = threshold;
    this.confirmsHeader = confirmsHeader;
    this.check = check;
  }

  FieldType type() {
    return type;
  }

  /** Words for the values that pass, completing "N of M sampled values ...". */
  String evidence() {
    return evidence;
  }

  /** Whether the values alone, without a known header, may decide the type. */
  boolean decidesAlone() {
    return !Double.isNaN(threshold);
  }

  /** The least share of passing values for the values alone to decide the type. */
  double threshold() {
    return threshold;
  }

  boolean test(String value, LocalDate referenceDate) {
    return this == BIRTH_DATE ? isPlausibleBirthDate(value, referenceDate) : check.test(value);
  }

  /** The check that confirms a header's type, if that type has one. */
  static Optional<ValueCheck> forHeader(String header, FieldType type) {
    if (type == FieldType.TEST_RESULT && HeaderDictionary.normalize(header).contains("kopac")) {
      return Optional.of(KOPAC_B);
    }
    for (ValueCheck c : values()) {
      if (c.type == type && c.confirmsHeader) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  static boolean isPlausibleBirthDate(String value, LocalDate referenceDate) {
    Optional<LocalDate> date = Dates.parse(value);
    if (date.isEmpty() || date.get().isAfter(referenceDate)) {
      return false;
    }
    return ChronoUnit.YEARS.between(date.get(), referenceDate) <= 120;
  }
}
