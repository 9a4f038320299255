package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** HL7 v2 and X12 field references name columns, and the standard says what a defined field holds. */
class MessageFieldsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // HL7 v2: the field's type, whatever words follow or none
      "PID-3 Patient Identifier List|RECORD_ID",
      "PID-5|PERSON_NAME",
      "PID-5.1 Family Name|FAMILY_NAME",
      "PID-5.2|GIVEN_NAME",
      "PID-7 Date/Time of Birth|BIRTH_DATE",
      "PID-8 Administrative Sex|SEX",
      "PID-10 Race|RACIAL_OR_ETHNIC_ORIGIN",
      "PID-11 Patient Address|STREET_ADDRESS",
      "PID-11.3 City|CITY",
      "PID-11.5|POSTCODE",
      "PID-19 SSN Number - Patient|NATIONAL_ID",
      "PID-22 Ethnic Group|RACIAL_OR_ETHNIC_ORIGIN",
      "OBR-4 Universal Service Identifier|TEST_TYPE",
      "OBR-22 Results Rpt/Status Chng - Date/Time|CLINICAL_DATE",
      "OBX-2 Value Type|OTHER",
      "OBX-3 Observation Identifier|TEST_TYPE",
      "OBX-3.3|OTHER",
      "OBX-5 Observation Value|TEST_RESULT",
      "NTE-3 Comment|FREE_TEXT",
      "IN1-36 Policy Number|INSURANCE_ID",
      "DG1-3 Diagnosis Code|DIAGNOSIS",
      // X12 837: elements whose meaning does not depend on their loop
      "CLM01 Patient Control Number|INSURANCE_ID",
      "DMG02 Birth Date|BIRTH_DATE",
      "N403 ZIP|POSTCODE",
      "HI01-2 Principal Diagnosis|DIAGNOSIS",
      "HI01-1|OTHER",
      "SV101-2 Procedure Code|PROCEDURE",
      "SV202-2|PROCEDURE",
      "SV201 Revenue Code|OTHER",
      // X12 names by their loop: the words decide
      "NM103 Subscriber Last Name|FAMILY_NAME",
      "NM104 Subscriber First Name|GIVEN_NAME",
      "NM109 Subscriber Member ID|INSURANCE_ID",
      "NM109 Rendering Provider NPI|PROVIDER",
      "NM103 Payer Name|OTHER",
      // A database's column names: lower case, an underscore
      "obx_3_text|TEST_TYPE",
      "obx_11_rslt_stat|OTHER",
      "pid_7_dob|BIRTH_DATE",
  })
  void aReferenceIsTypedByItsStandardOrItsWords(String header, FieldType type) {
    assertThat(HeaderDictionary.lookup(header)).as(header).contains(type);
    assertThat(HeaderDictionary.isGeneric(header)).as(header).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ICD-10 code", "HPV-16", "PAP-2", "CIN 3", "LOT 12", "2024 annual report"})
  void wordsWithNumbersAreNoReference(String header) {
    assertThat(MessageFields.isFieldName(header)).as(header).isFalse();
  }

  @Test
  void aFlattenedMessagesRowOfReferencesIsAHeader() {
    List<String> header = List.of("PID-3 Patient Identifier List", "PID-5 Patient Name",
        "PID-7 Date/Time of Birth", "OBX-3 Observation Identifier", "OBX-5 Observation Value");
    List<List<String>> rows = List.of(
        List.of("9205882^^^MVH^MR", "ANDERSON^BRIANNA", "20000926",
            "82675-0^HPV HR DNA Cvx Ql NAA+probe^LN", "260373001^Detected^SCT"),
        List.of("7056355^^^MVH^MR", "THOMAS^ALYSSA^M", "19920929",
            "47527-7^Cytology report^LN", "373887005^Negative for intraepithelial lesion^SCT"));
    assertThat(HeaderDictionary.isHeader(header, rows)).isTrue();
    assertThat(HeaderDictionary.isHeader(List.of("CLM01 Patient Control Number", "NM103 "
        + "Subscriber Last Name", "HI01-2 Principal Diagnosis"), List.of(List.of("PCN93512279",
        "BROWN", "J019")))).isTrue();
  }
}
