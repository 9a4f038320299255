package org.exposure.classify;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;

/**
 * A value validator for one field type, with the words the evidence uses for values that pass it
 * ("pass the 11-proef", "are Dutch postcodes").
 */
enum ValueCheck {
  NATIONAL_ID(FieldType.NATIONAL_ID, "pass the 11-proef", 0.9, Bsn::isValid),
  EMAIL(FieldType.EMAIL, "are e-mail addresses", 0.8, ValuePatterns::isEmail),
  PHONE(FieldType.PHONE, "are phone numbers", 0.8, ValuePatterns::isPhone),
  POSTCODE(FieldType.POSTCODE, "are Dutch postcodes", 0.8, v -> ValuePatterns.postcode(v).isPresent()),
  BANK_ACCOUNT(FieldType.BANK_ACCOUNT, "are IBANs with a valid check", 0.8, ValuePatterns::isIban),
  /**
   * Confirms a column headed as a street: a street name alone ("Kerkstraat") is a street column too.
   * Listed before {@link #STREET_ADDRESS} so that {@link #forType} finds it; never decides by values.
   */
  STREET_NAME(FieldType.STREET_ADDRESS, "are street names or address lines", 2.0,
      ValuePatterns::isStreetOrAddressLine),
  STREET_ADDRESS(FieldType.STREET_ADDRESS, "are a street and house number", 0.8,
      ValuePatterns::isStreetAndNumber),
  /** Any small number passes, so values alone never make a house-number column (share > 1). */
  HOUSE_NUMBER(FieldType.HOUSE_NUMBER, "are house numbers", 2.0, ValuePatterns::isHouseNumber),
  SEX(FieldType.SEX, "are sex codes", 0.95, ValuePatterns::isSexCode),
  TEST_RESULT(FieldType.TEST_RESULT, "read as screening results", 0.8,
      v -> ResultGrader.grade(v) != ResultGrade.NONE),
  /** For columns headed KOPAC-B only: six bare digits mean nothing without that header. */
  KOPAC_B(FieldType.TEST_RESULT, "are KOPAC-B codes", 2.0,
      v -> ResultGrader.kopacB(v) != ResultGrade.NONE),
  CLINICAL_DATE(FieldType.CLINICAL_DATE, "are dates", 0.8, v -> Dates.parse(v).isPresent()),
  /** Birth dates need a reference date; see {@link #isPlausibleBirthDate}. */
  BIRTH_DATE(FieldType.BIRTH_DATE, "are plausible birth dates (ages 0-120)", 0.8, v -> false);

  private final FieldType type;
  private final String evidence;
  private final double threshold;
  private final Predicate<String> check;

  ValueCheck(FieldType type, String evidence, double threshold, Predicate<String> check) {
    this.type = type;
    this.evidence = evidence;
    this.threshold = threshold;
    this.check = check;
  }

  FieldType type() {
    return type;
  }

  /** Words for the values that pass, completing "N of M sampled values ...". */
  String evidence() {
    return evidence;
  }

  /** The least share of passing values for the values alone, without a header, to decide the type. */
  double threshold() {
    return threshold;
  }

  boolean test(String value, LocalDate referenceDate) {
    return this == BIRTH_DATE ? isPlausibleBirthDate(value, referenceDate) : check.test(value);
  }

  /** The check for a header, if its type has one. */
  static Optional<ValueCheck> forHeader(String header, FieldType type) {
    if (type == FieldType.TEST_RESULT && HeaderDictionary.normalize(header).contains("kopac")) {
      return Optional.of(KOPAC_B);
    }
    return forType(type);
  }

  private static Optional<ValueCheck> forType(FieldType type) {
    for (ValueCheck c : values()) {
      if (c.type == type) {
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
