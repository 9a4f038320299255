package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensitiveDiagnosesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // ICD-10, with and without the dot, alone and with its words.
      "F32.1|true", "F321|true", "F10.2 Alcoholafhankelijkheid|true", "B20|true", "Z21|true",
      "A54.0|true", "O03.9|true", "Z34.0|true", "C53.9|true", "D06.1|true",
      "J45.9|false", "E11.9|false", "B19|false", "D10|false", "Z30.0|false", "I10|false",
      // SNOMED CT concepts.
      "86406008|true", "370143000|true", "72892002|true", "44054006|false",
      // Words, Dutch and English.
      "HIV-infectie|true", "Depressieve episode|true", "Major depression disorder|true",
      "Schizofrenie|true", "Alcohol abuse|true", "Opioid use disorder|true", "Zwangerschap|true",
      "Normal pregnancy|true", "Miscarriage in first trimester|true", "Chlamydia trachomatis|true",
      "Malignant neoplasm of breast|true", "Plaveiselcelcarcinoom|true", "Non-Hodgkin lymfoom|true",
      "Hives|false", "Soap allergy|false", "Hypertension|false", "Acute bronchitis (disorder)|false",
      "Diabetes mellitus type 2|false", "Fracture of ankle|false", "''|false"})
  void recognisesSensitiveDiagnoses(String value, boolean sensitive) {
    assertThat(SensitiveDiagnoses.matches(value)).isEqualTo(sensitive);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"zwanger|true", "Zwangerschap|true", "HIV|true", "hiv|true",
      "hives|false", "depressief|true", "plaveiselcelcarcinoom|true", "Non|false", "de|false",
      "gezond|false", "kerkstraat|false"})
  void readsOneWordOfFreeTextInPlace(String word, boolean sensitive) {
    String text = "x " + word + " y";
    assertThat(SensitiveDiagnoses.isSensitiveWord(text, 2, 2 + word.length())).isEqualTo(sensitive);
  }
}
