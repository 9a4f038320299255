package org.exposure.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Everything exposed about one data subject, joined over all her records and sources: which field types,
 * the most alarming result, and her quasi-identifiers (birth date, postcode, sex, age), which decide
 * whether she is a minor and how easily she is re-identified. {@link #toString()} leaves their values
 * out.
 *
 * @param fieldTypes the field types exposed about her, never empty
 * @param resultGrade the most alarming result grade over her exposed results
 * @param sensitiveDiagnosis whether a diagnosis whose exposure stigmatises was exposed (mental health,
 *     HIV and sexual health, substance use, pregnancy, cancer)
 * @param quasiIdentifiers her birth date, postcode, sex and age, where exposed and readable
 * @param records how many records were joined into this subject, at least 1
 * @param sources the display names of the sources her records came from
 */
public record SubjectExposure(
    Set<FieldType> fieldTypes,
    ResultGrade resultGrade,
    boolean sensitiveDiagnosis,
    QuasiIdentifiers quasiIdentifiers,
    int records,
    Set<String> sources) {

  public SubjectExposure {
    requireNonNull(resultGrade, "resultGrade");
    requireNonNull(quasiIdentifiers, "quasiIdentifiers");
    checkArgument(records >= 1, "records must be >= 1, was %s", records);
    fieldTypes = Sets.immutableEnumSet(fieldTypes);
    sources = Set.copyOf(sources);
  }

  /** A subject without a sensitive diagnosis. */
  public SubjectExposure(Set<FieldType> fieldTypes, ResultGrade resultGrade,
      QuasiIdentifiers quasiIdentifiers, int records, Set<String> sources) {
    this(fieldTypes, resultGrade, false, quasiIdentifiers, records, sources);
  }

  /** A subject exposed through the given types only, without a graded result or a birth date. */
  public static SubjectExposure of(FieldType first, FieldType... rest) {
    return new SubjectExposure(
        EnumSet.of(first, rest), ResultGrade.NONE, QuasiIdentifiers.none(), 1, Set.of());
  }

  /** Whether this type was exposed about her. */
  public boolean has(FieldType type) {
    return fieldTypes.contains(type);
  }

  /** Whether any of her name types was exposed. */
  public boolean hasName() {
    for (FieldType type : fieldTypes) {
      if (type.isName()) {
        return true;
      }
    }
    return false;
  }

  /** A copy with one more exposed type. */
  public SubjectExposure with(FieldType type) {
    EnumSet<FieldType> types = EnumSet.of(type);
    types.addAll(fieldTypes);
    return new SubjectExposure(types, resultGrade, sensitiveDiagnosis, quasiIdentifiers, records,
        sources);
  }

  /** A copy with the given result grade. */
  public SubjectExposure withResultGrade(ResultGrade grade) {
    return new SubjectExposure(fieldTypes, grade, sensitiveDiagnosis, quasiIdentifiers, records,
        sources);
  }

  @Override
  public String toString() {
    return "SubjectExposure[fieldTypes=" + fieldTypes + ", resultGrade=" + resultGrade
        + ", sensitiveDiagnosis=" + sensitiveDiagnosis + ", "
        + quasiIdentifiers + ", records=" + records + ", sources=" + sources.size() + "]";
  }

  /** Her birth date, where one was exposed and could be read. */
  public Optional<LocalDate> birthDate() {
    return quasiIdentifiers.birthDate();
  }

  /** A copy with a sensitive diagnosis exposed, or not. */
  public SubjectExposure withSensitiveDiagnosis(boolean sensitive) {
    return new SubjectExposure(fieldTypes, resultGrade, sensitive, quasiIdentifiers, records,
        sources);
  }

  /** A copy with the given birth date. */
  public SubjectExposure withBirthDate(LocalDate date) {
    return new SubjectExposure(fieldTypes, resultGrade, sensitiveDiagnosis,
        quasiIdentifiers.withBirthDate(date), records, sources);
  }

  /** A copy with the given quasi-identifiers. */
  public SubjectExposure withQuasiIdentifiers(QuasiIdentifiers value) {
    return new SubjectExposure(fieldTypes, resultGrade, sensitiveDiagnosis, value, records,
        sources);
  }
}
