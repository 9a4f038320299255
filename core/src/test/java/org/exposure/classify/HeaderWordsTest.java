package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposure.model.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Headers as warehouse and application exports abbreviate them, read word by word; each row a header
 * the dictionary does not know whole.
 */
class HeaderWordsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "PAT_LAST_NM|FAMILY_NAME",
      "PAT_FIRST_NM|GIVEN_NAME",
      "patMiddleName|GIVEN_NAME",
      "Middle initial|INITIALS",
      "Birth last name|FAMILY_NAME",
      "PatientDOB|BIRTH_DATE",
      "year_of_birth|BIRTH_DATE",
      "Sex at birth|SEX",
      "Place of birth|CITY",
      "Country of birth|OTHER",
      "RESULT_DTTM|CLINICAL_DATE",
      "COLLECTED_DTTM|CLINICAL_DATE",
      "Date of death|CLINICAL_DATE",
      "Cause of death|DIAGNOSIS",
      "last_updated_dt|OTHER",
      "coverage start date|OTHER",
      "ADDR_LINE_1|STREET_ADDRESS",
      "postal address|STREET_ADDRESS",
      "ZIP_CD|POSTCODE",
      "TEL_NO|PHONE",
      "Home phone number|PHONE",
      "Phone type|OTHER",
      "Address use|OTHER",
      "name type|OTHER",
      "email_addr|EMAIL",
      "SSN_NBR|NATIONAL_ID",
      "Soc Sec No|NATIONAL_ID",
      "Social security number|NATIONAL_ID",
      "MEMBER_NBR|INSURANCE_ID",
      "claim id|INSURANCE_ID",
      "PAT_MRN_ID|RECORD_ID",
      "Accession no|RECORD_ID",
      "visit number|RECORD_ID",
      "SEX_CD|SEX",
      "AGE_YRS|AGE",
      "Age at visit|AGE",
      "city_nm|CITY",
      "STATE_CD|OTHER",
      "MARITAL_STATUS|OTHER",
      "Preferred language|OTHER",
      "ATTENDING_PROV_NAME|PROVIDER",
      "PCP_ID|PROVIDER",
      "Facility name|OTHER",
      "Insurer name|OTHER",
      "emergency contact name|PERSON_NAME",
      "ICD10_CD|DIAGNOSIS",
      "DX_NAME|DIAGNOSIS",
      "Reason for visit|DIAGNOSIS",
      "MED_NAME|MEDICATION",
      "rxnorm_cui|MEDICATION",
      "proc_code|PROCEDURE",
      "COMPONENT_NAME|TEST_TYPE",
      "loinc_num|TEST_TYPE",
      "result_value|TEST_RESULT",
      "ORD_VALUE|TEST_RESULT",
      "Reference range|OTHER",
      "RESULT_UNITS|OTHER",
      "RESULT_COMMENT|FREE_TEXT",
      "Clinical notes|FREE_TEXT",
      "race_concept_id|RACIAL_OR_ETHNIC_ORIGIN",
      "Religious denomination|RELIGION_OR_BELIEF",
  })
  void readsAbbreviatedHeaders(String header, FieldType expected) {
    assertThat(HeaderWords.read(header)).as(header).contains(expected);
    assertThat(HeaderDictionary.lookup(header)).as(header).contains(expected);
  }

  /** An unknown word may be the one the header is about; a lone word is the dictionary's. */
  @ParameterizedTest
  @ValueSource(strings = {"Specimen source", "visit type", "person_source_value", "Social history",
      "bank account", "Medical card number", "deceased flag", "DX", "Specimen",
      "Smoking status code", "", " _ "})
  void leavesWhatTheWordsDoNotDecide(String header) {
    assertThat(HeaderWords.read(header)).as(header).isEmpty();
  }
}
