package org.exposure.classify;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;

/**
 * Birth dates: dates in a known form that put the person at 0 to 120 years old on the assessment date.
 * Values alone never decide a birth-date column (a column of dates could as well be visit dates); a
 * birth-date header is confirmed by them, and {@link ColumnClassifier} tells an unnamed date column
 * of birth dates from one of clinical dates by its spread of years.
 */
final class BirthDateDetector implements ValueDetector {
  private static final int MAX_AGE = 120;

  private final LocalDate referenceDate;

  BirthDateDetector(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
  }

  @Override
  public FieldType type() {
    return FieldType.BIRTH_DATE;
  }

  @Override
  public String evidence() {
    return "are plausible birth dates (ages 0-" + MAX_AGE + ")";
  }

  @Override
  public boolean matches(String value) {
    Optional<LocalDate> date = Dates.parse(value);
    return date.isPresent() && !date.get().isAfter(referenceDate)
        && QuasiIdentifiers.yearsBetween(date.get(), referenceDate) <= MAX_AGE;
  }

  @Override
  public OptionalDouble decidingShare() {
    return OptionalDouble.empty();
  }
}
