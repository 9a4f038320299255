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
      // Identifiers by the last word, and codes of a terminology that are none.
      "LAB_RESULT_CM_ID|RECORD_ID",
      "measurement_id|RECORD_ID",
      "care_site_id|OTHER",
      "upload_id|OTHER",
      "provider_id|PROVIDER",
      "Medical card number|INSURANCE_ID",
      "value_as_concept_id|TEST_RESULT",
      "value_as_concept_name|TEST_RESULT",
      "gender_concept_id|SEX",
      "measurement_type_concept_id|OTHER",
      "measurement_source_value|TEST_TYPE",
      "condition_source_value|DIAGNOSIS",
      "person_source_value|RECORD_ID",
      "nval_num|TEST_RESULT",
      // One word not understood, where the others name what the header is about.
      "anchor_age|AGE",
      "hospital_mrn|RECORD_ID",
      "ICD9_DGNS_CD_1|DIAGNOSIS",
      "admittime|CLINICAL_DATE",
      "Specimen source|TEST_TYPE",
      "sample_type|TEST_TYPE",
      "LAB_PX|TEST_TYPE",
      "ABN_IND|TEST_RESULT",
      "Voorvoegsels partner|FAMILY_NAME",
      "Datum laatste mutatie|OTHER",
      "client_geboortedatum|BIRTH_DATE",
      "has_diabetes|DIAGNOSIS",
      "hiv_test|TEST_RESULT",
      "MBR_LAST_NM|FAMILY_NAME",
      "MBR_MI|INITIALS",
      "County of Residence|OTHER",
      "THERAPY_TYPE|PROCEDURE",
      "contraceptive_method|MEDICATION",
      "SP_COPD|DIAGNOSIS",
      "BENE_ESRD_IND|DIAGNOSIS",
      "geboortedatum beller|BIRTH_DATE",
      "PATIENT_LAST|FAMILY_NAME",
      "PATIENT_FIRST|GIVEN_NAME",
      "member_middle|GIVEN_NAME",
      "CARDHOLDER_ID|INSURANCE_ID",
      "Age_ReferralRequest_ReceivedDate|AGE",
      "age at diagnosis|AGE",
      "PHQ9_FirstScore|TEST_RESULT",
      "GAD7_LastScore|TEST_RESULT",
      "Referring GP Practice|PROVIDER",
      "employee_id|RECORD_ID",
      "Provider's Primary Impression|DIAGNOSIS",
      "Patient's Home City|CITY",
      "Crew Member ID|PROVIDER",
      "GLYC_JEUN_G_L|TEST_RESULT",
      "hiv_result|TEST_RESULT",
      "FIGO 2018|DIAGNOSIS",
      "delivery_town|CITY",
      "Age Units|OTHER",
      // Database column names: a table's prefix, abbreviated Dutch, German, Irish words
      "uit_pat_vrlt|INITIALS",
      "pat_vnaam|GIVEN_NAME",
      "pat_gem|CITY",
      "pt_sname|FAMILY_NAME",
      "pt_ppsn|NATIONAL_ID",
      "pt_eircode|POSTCODE",
      "uit_bep_oms|TEST_TYPE",
      "uit_kopac|TEST_RESULT",
      "cyt_res_cd|TEST_RESULT",
      "pat_konfession|RELIGION_OR_BELIEF",
      "diag_sicherheit|OTHER",
      "PRIMARY_DX_YN|OTHER",
      "presc_rpps|PROVIDER",
      "dcl_nr|INSURANCE_ID",
      "vrz_gesl|SEX",
      "prest_oms|PROCEDURE",
      "last_upd_dt|OTHER",
      "geaendert_am|OTHER",
  })
  void readsAbbreviatedHeaders(String header, FieldType expected) {
    assertThat(HeaderWords.read(header)).as(header).contains(expected);
    assertThat(HeaderDictionary.lookup(header)).as(header).contains(expected);
  }

  /** NEMSIS writes each element's id before its words: the words are read, the id is not. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ePatient.02 Last Name|FAMILY_NAME",
      "eSituation.11 Provider's Primary Impression|DIAGNOSIS",
      "ePatient.16 Age Units|OTHER",
      "eCrew.01 Crew Member ID|PROVIDER",
  })
  void readsTheWordsAfterAnElementsId(String header, FieldType expected) {
    assertThat(HeaderDictionary.lookup(header)).as(header).contains(expected);
  }

  /** An unknown word may be the one the header is about; a lone word is the dictionary's. */
  @ParameterizedTest
  @ValueSource(strings = {"visit type", "Social history", "bank account", "deceased flag", "DX",
      "Specimen", "concept_cd",
      "Smoking status code", "", " _ "})
  void leavesWhatTheWordsDoNotDecide(String header) {
    assertThat(HeaderWords.read(header)).as(header).isEmpty();
  }

  /** One word not understood is allowed only where the others name the header's subject. */
  /** "Last" and "first" beside a person are her names; beside anything else they are not. */
  @ParameterizedTest
  @ValueSource(strings = {"patient_first_visit_date", "last_score", "first_result"})
  void readsLastAndFirstAsNamesOnlyBesideAPerson(String header) {
    assertThat(HeaderWords.read(header).filter(FieldType::isName)).as(header).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"frobnicated_result", "zorp_value", "quux_type", "blarg zonk age"})
  void leavesAnUnknownWordBesideAWeakOne(String header) {
    assertThat(HeaderWords.read(header)).as(header).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"PAT_MRN_ID|true", "subject_id|true", "hospital_mrn|true",
      "bene_id|true", "patient number|true", "encounter_id|false", "provider_id|false",
      "member_id|false", "patient name|false", "specimen id|false", "birth date|false",
      "employee_id|true", "Werknemer-ID|true", "cardholder_id|false"})
  void tellsANumberOfThePersonFromOtherNumbers(String header, boolean person) {
    assertThat(HeaderWords.namesPerson(header)).as(header).isEqualTo(person);
  }
}
