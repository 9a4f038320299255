package org.exposure.classify;

import static org.exposure.model.FieldType.BIRTH_DATE;
import static org.exposure.model.FieldType.CITY;
import static org.exposure.model.FieldType.CLINICAL_DATE;
import static org.exposure.model.FieldType.DIAGNOSIS;
import static org.exposure.model.FieldType.FAMILY_NAME;
import static org.exposure.model.FieldType.FREE_TEXT;
import static org.exposure.model.FieldType.GIVEN_NAME;
import static org.exposure.model.FieldType.INSURANCE_ID;
import static org.exposure.model.FieldType.MEDICATION;
import static org.exposure.model.FieldType.NATIONAL_ID;
import static org.exposure.model.FieldType.OTHER;
import static org.exposure.model.FieldType.PERSON_NAME;
import static org.exposure.model.FieldType.PHONE;
import static org.exposure.model.FieldType.POSTCODE;
import static org.exposure.model.FieldType.PROCEDURE;
import static org.exposure.model.FieldType.PROVIDER;
import static org.exposure.model.FieldType.RACIAL_OR_ETHNIC_ORIGIN;
import static org.exposure.model.FieldType.RECORD_ID;
import static org.exposure.model.FieldType.RELIGION_OR_BELIEF;
import static org.exposure.model.FieldType.SEX;
import static org.exposure.model.FieldType.STREET_ADDRESS;
import static org.exposure.model.FieldType.TEST_RESULT;
import static org.exposure.model.FieldType.TEST_TYPE;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exposure.model.FieldType;

/**
 * Column names that are a message standard's field reference, as flattened messages name their
 * columns: HL7 v2 ({@code PID-5}, {@code OBX-5.2}: segment, field, component) and ASC X12 claims
 * ({@code NM103}, {@code HI01-2}: segment, element, component), alone or before the field's name
 * ({@code PID-19 SSN Number - Patient}). The standard says what a field holds, whatever words follow,
 * so a field it defines is typed by its reference; another reference is a column name all the same,
 * left to its words and values. X12's name and reference segments ({@code NM1}, {@code REF}) hold a
 * subscriber, a provider or a payer by their loop, which a column name does not carry: their words
 * decide. Stateless.
 */
final class MessageFields {
  /** The HL7 v2 segments that carry a patient's data ("ICD-10", "HPV-16" and "PAP-2" are none). */
  private static final String HL7_SEGMENTS = "MSH|EVN|PID|PD1|PV1|PV2|NK1|ORC|OBR|OBX|NTE|SPM|IN1"
      + "|IN2|GT1|DG1|PR1|AL1|RXA|RXE|RXO|RXR|MRG|TQ1|FT1";
  /** The X12 segments of a claim or remittance. */
  private static final String X12_SEGMENTS = "CLM|NM1|N3|N4|DMG|HI|SV1|SV2|SV3|DTP|REF|SBR|PAT|PRV"
      + "|AMT|CL1|LX|CAS|SVC|CLP|PER|INS|BHT";
  /**
   * A reference of either standard, as a regular expression without groups, for the header
   * dictionary to skip before a field's words ({@code PID-5.1}, {@code HI01-2}).
   */
  static final String REFERENCE = "(?:(?i:" + HL7_SEGMENTS + ")[-._]\\d{1,3}(?:\\.\\d{1,3}){0,2}|(?:"
      + X12_SEGMENTS + ")\\d{2}(?:-\\d{1,2})?)";
  /** HL7 v2: a segment, a field and up to two component numbers. */
  // A database's column names write them in lower case with an underscore ("obx_3_text").
  private static final Pattern HL7 = Pattern.compile("^\\s*((?i:" + HL7_SEGMENTS + "))[-._](\\d{1,3})"
      + "(?:\\.(\\d{1,3}))?(?:\\.\\d{1,3})?(?=$|[\\s:_-])");
  /** X12: a segment, a two-digit element and a component. */
  private static final Pattern X12 = Pattern.compile(
      "^\\s*(" + X12_SEGMENTS + ")(\\d{2})(?:-(\\d{1,2}))?(?=$|[\\s:_-])");

  /** HL7 v2.5 fields and what they hold, by segment and field number. */
  private static final Map<String, FieldType> HL7_FIELDS = Map.ofEntries(
      Map.entry("PID-2", RECORD_ID), Map.entry("PID-3", RECORD_ID), Map.entry("PID-4", RECORD_ID),
      Map.entry("PID-5", PERSON_NAME), Map.entry("PID-6", FAMILY_NAME), // mother's maiden name
      Map.entry("PID-7", BIRTH_DATE), Map.entry("PID-8", SEX), Map.entry("PID-9", PERSON_NAME),
      Map.entry("PID-10", RACIAL_OR_ETHNIC_ORIGIN), Map.entry("PID-11", STREET_ADDRESS),
      Map.entry("PID-12", OTHER), Map.entry("PID-13", PHONE), Map.entry("PID-14", PHONE),
      Map.entry("PID-15", OTHER), Map.entry("PID-16", OTHER),
      Map.entry("PID-17", RELIGION_OR_BELIEF), Map.entry("PID-18", RECORD_ID),
      Map.entry("PID-19", NATIONAL_ID), Map.entry("PID-20", NATIONAL_ID), // driver's licence
      Map.entry("PID-21", RECORD_ID), Map.entry("PID-22", RACIAL_OR_ETHNIC_ORIGIN),
      Map.entry("PID-23", CITY), Map.entry("PID-29", CLINICAL_DATE), // date of death
      Map.entry("PD1-4", PROVIDER),
      Map.entry("NK1-2", PERSON_NAME), Map.entry("NK1-4", STREET_ADDRESS), Map.entry("NK1-5", PHONE),
      Map.entry("PV1-7", PROVIDER), Map.entry("PV1-8", PROVIDER), Map.entry("PV1-9", PROVIDER),
      Map.entry("PV1-17", PROVIDER), Map.entry("PV1-19", RECORD_ID),
      Map.entry("PV1-44", CLINICAL_DATE), Map.entry("PV1-45", CLINICAL_DATE),
      Map.entry("ORC-2", RECORD_ID), Map.entry("ORC-3", RECORD_ID), Map.entry("ORC-9", CLINICAL_DATE),
      Map.entry("ORC-12", PROVIDER),
      Map.entry("OBR-2", RECORD_ID), Map.entry("OBR-3", RECORD_ID), Map.entry("OBR-4", TEST_TYPE),
      Map.entry("OBR-6", CLINICAL_DATE), Map.entry("OBR-7", CLINICAL_DATE),
      Map.entry("OBR-8", CLINICAL_DATE), Map.entry("OBR-14", CLINICAL_DATE),
      Map.entry("OBR-16", PROVIDER), Map.entry("OBR-22", CLINICAL_DATE), Map.entry("OBR-25", OTHER),
      Map.entry("OBR-28", PROVIDER), Map.entry("OBR-31", DIAGNOSIS), Map.entry("OBR-32", PROVIDER),
      Map.entry("OBX-1", OTHER), Map.entry("OBX-2", OTHER), Map.entry("OBX-3", TEST_TYPE),
      Map.entry("OBX-4", OTHER), Map.entry("OBX-5", TEST_RESULT), Map.entry("OBX-6", OTHER),
      Map.entry("OBX-7", OTHER), Map.entry("OBX-8", TEST_RESULT), // abnormal flags read the result
      Map.entry("OBX-11", OTHER), Map.entry("OBX-14", CLINICAL_DATE), Map.entry("OBX-16", PROVIDER),
      Map.entry("OBX-19", CLINICAL_DATE),
      Map.entry("NTE-3", FREE_TEXT),
      Map.entry("SPM-2", RECORD_ID), Map.entry("SPM-4", OTHER), Map.entry("SPM-8", OTHER),
      Map.entry("SPM-17", CLINICAL_DATE), Map.entry("SPM-18", CLINICAL_DATE),
      Map.entry("DG1-3", DIAGNOSIS), Map.entry("DG1-4", DIAGNOSIS), Map.entry("DG1-5", CLINICAL_DATE),
      Map.entry("DG1-16", PROVIDER),
      Map.entry("PR1-3", PROCEDURE), Map.entry("PR1-4", PROCEDURE), Map.entry("PR1-5", CLINICAL_DATE),
      Map.entry("IN1-2", OTHER), Map.entry("IN1-3", OTHER), Map.entry("IN1-4", OTHER),
      Map.entry("IN1-16", PERSON_NAME), Map.entry("IN1-18", BIRTH_DATE),
      Map.entry("IN1-19", STREET_ADDRESS), Map.entry("IN1-36", INSURANCE_ID),
      Map.entry("IN1-49", INSURANCE_ID),
      Map.entry("GT1-3", PERSON_NAME), Map.entry("GT1-5", STREET_ADDRESS), Map.entry("GT1-6", PHONE),
      Map.entry("GT1-8", BIRTH_DATE), Map.entry("GT1-12", NATIONAL_ID),
      Map.entry("RXA-3", CLINICAL_DATE), Map.entry("RXA-5", MEDICATION), Map.entry("RXA-15", OTHER));

  /** X12 837 elements whose meaning does not depend on their loop, by segment and element. */
  private static final Map<String, FieldType> X12_ELEMENTS = Map.ofEntries(
      Map.entry("CLM01", INSURANCE_ID), // the claim submitter's identifier: a claim number
      Map.entry("CLM02", OTHER), // the amount charged
      Map.entry("DMG02", BIRTH_DATE), Map.entry("DMG03", SEX),
      Map.entry("N301", STREET_ADDRESS), Map.entry("N302", STREET_ADDRESS),
      Map.entry("N401", CITY), Map.entry("N402", OTHER), Map.entry("N403", POSTCODE),
      Map.entry("N404", OTHER), Map.entry("DTP03", CLINICAL_DATE),
      Map.entry("SV102", OTHER), Map.entry("SV103", OTHER), Map.entry("SV104", OTHER),
      Map.entry("SV201", OTHER), Map.entry("SV203", OTHER));

  private MessageFields() {}

  /** Whether the header begins with an HL7 v2 field or X12 element reference. */
  static boolean isFieldName(String header) {
    return HL7.matcher(header).find() || X12.matcher(header).find();
  }

  /**
   * The type of the field the header refers to, where the standard defines it; empty for any other
   * header, and for a field whose meaning its loop or its words decide.
   */
  static Optional<FieldType> typeOf(String header) {
    Matcher hl7 = HL7.matcher(header);
    if (hl7.find()) {
      String field = hl7.group(1).toUpperCase(java.util.Locale.ROOT) + "-"
          + Integer.parseInt(hl7.group(2));
      return Optional.ofNullable(HL7_FIELDS.get(field))
          .map(type -> component(type, hl7.group(3)));
    }
    Matcher x12 = X12.matcher(header);
    if (!x12.find()) {
      return Optional.empty();
    }
    String segment = x12.group(1);
    String component = x12.group(3);
    // A diagnosis (HI01-2) or a service line's procedure (SV101-2; SV202-2 on an institutional
    // claim, whose SV201 is a revenue code): a code, whose -1 is its code list ("ABK", "HC").
    boolean code = segment.equals("HI")
        || x12.group(2).equals(segment.equals("SV2") ? "02" : "01") && segment.startsWith("SV");
    if (code) {
      return Optional.of("1".equals(component) ? OTHER
          : segment.equals("HI") ? DIAGNOSIS : PROCEDURE);
    }
    return Optional.ofNullable(X12_ELEMENTS.get(segment + x12.group(2)));
  }

  /**
   * A component of a field of that type ({@code PID-5.1}, {@code PID-11.5}): a person's name splits
   * into family and given names, an address into street, city and postcode, a coded value into its
   * code, its text and its code system.
   */
  private static FieldType component(FieldType field, String component) {
    if (component == null) {
      return field;
    }
    int n = Integer.parseInt(component);
    return switch (field) {
      case PERSON_NAME -> n == 1 ? FAMILY_NAME : n <= 3 ? GIVEN_NAME : OTHER;
      case STREET_ADDRESS -> n <= 2 ? STREET_ADDRESS : n == 3 ? CITY : n == 5 ? POSTCODE : OTHER;
      case TEST_TYPE, DIAGNOSIS, PROCEDURE, MEDICATION, RACIAL_OR_ETHNIC_ORIGIN, SEX ->
          n <= 2 ? field : OTHER;
      case RECORD_ID, NATIONAL_ID, INSURANCE_ID -> n == 1 ? field : OTHER;
      default -> field;
    };
  }
}
