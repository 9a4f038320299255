package org.exposure.classify;

import static org.exposure.model.FieldType.AGE;
import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.GEOLOCATION;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.TEST_RESULT;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposure.model.FieldType;

/**
 * The column names of UK Biobank's data showcase, which name a field by its number and an instance
 * and array index rather than in words: {@code 31-0.0} as {@code ukbconv} writes it, {@code f.31.0.0}
 * as its R tables do, {@code p31_i0} as the Research Analysis Platform does. The fields whose meaning
 * the showcase publishes (biobank.ndph.ox.ac.uk/showcase) and which an extract commonly holds are
 * typed; another field number is a column name all the same, left to its values. Stateless.
 */
final class BiobankFields {
  private static final Pattern NAME = Pattern.compile("^(?:(\\d{1,6})-\\d{1,3}\\.\\d{1,4}"
      + "|f\\.(\\d{1,6})\\.\\d{1,3}\\.\\d{1,4}|p(\\d{2,6})(?:_i\\d{1,3})?(?:_a\\d{1,4})?)$");

  /** Showcase field numbers and what they hold. */
  private static final Map<Integer, FieldType> FIELDS = Map.ofEntries(
      Map.entry(31, SEX), // sex
      Map.entry(22001, SEX), // genetic sex
      Map.entry(33, BIRTH_DATE), // date of birth
      Map.entry(34, BIRTH_DATE), // year of birth
      Map.entry(52, BIRTH_DATE), // month of birth
      Map.entry(21003, AGE), // age when attended assessment centre
      Map.entry(21022, AGE), // age at recruitment
      Map.entry(21000, RACIAL_OR_ETHNIC_ORIGIN), // ethnic background
      Map.entry(53, CLINICAL_DATE), // date of attending assessment centre
      Map.entry(54, OTHER), // assessment centre
      Map.entry(189, OTHER), // Townsend deprivation index
      Map.entry(20074, GEOLOCATION), // home location, east co-ordinate
      Map.entry(20075, GEOLOCATION), // home location, north co-ordinate
      Map.entry(20116, TEST_RESULT), // smoking status
      Map.entry(21001, TEST_RESULT), // body mass index
      Map.entry(50, TEST_RESULT), // standing height
      Map.entry(20001, DIAGNOSIS), // cancer code, self-reported
      Map.entry(20002, DIAGNOSIS), // non-cancer illness code, self-reported
      Map.entry(41270, DIAGNOSIS), // diagnoses, ICD-10
      Map.entry(41271, DIAGNOSIS), // diagnoses, ICD-9
      Map.entry(41202, DIAGNOSIS), // main diagnoses, ICD-10
      Map.entry(41204, DIAGNOSIS), // secondary diagnoses, ICD-10
      Map.entry(41280, CLINICAL_DATE), // date of first in-patient diagnosis, ICD-10
      Map.entry(40006, DIAGNOSIS), // type of cancer, ICD-10
      Map.entry(40013, DIAGNOSIS), // type of cancer, ICD-9
      Map.entry(40005, CLINICAL_DATE), // date of cancer diagnosis
      Map.entry(40000, CLINICAL_DATE), // date of death
      Map.entry(40001, DIAGNOSIS), // underlying (primary) cause of death, ICD-10
      Map.entry(40002, DIAGNOSIS), // contributory (secondary) causes of death, ICD-10
      Map.entry(20003, MEDICATION)); // treatment/medication code

  private BiobankFields() {}

  /** Whether a header is a showcase column name ({@code 41270-0.1}, {@code f.31.0.0}, {@code p34}). */
  static boolean isFieldName(String header) {
    return NAME.matcher(header.strip()).matches();
  }

  /** The type of a showcase column whose field the showcase names; empty for any other header. */
  static Optional<FieldType> typeOf(String header) {
    Matcher m = NAME.matcher(header.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String number = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return Optional.ofNullable(FIELDS.get(Integer.parseInt(number)));
  }
}
