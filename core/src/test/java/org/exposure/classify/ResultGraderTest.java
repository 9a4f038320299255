package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.exposure.model.ResultGrade;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultGraderTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "negatief|NORMAL",
      "hrHPV negatief|NORMAL",
      "Negative|NORMAL",
      "niet aangetoond|NORMAL",
      "not detected|NORMAL",
      "positief|ABNORMAL_LOW_GRADE",
      "hrHPV positief|ABNORMAL_LOW_GRADE",
      "Detected|ABNORMAL_LOW_GRADE",
      "HPV16|ABNORMAL_LOW_GRADE",
      "overig hrHPV|ABNORMAL_LOW_GRADE",
      "Pap 0|UNSATISFACTORY",
      "onbeoordeelbaar|UNSATISFACTORY",
      "Pap1|NORMAL",
      "Pap 2|ABNORMAL_LOW_GRADE",
      "Pap 3a1|ABNORMAL_LOW_GRADE",
      "3a2|ABNORMAL_HIGH_GRADE",
      "Pap3b|ABNORMAL_HIGH_GRADE",
      "Pap 4|ABNORMAL_HIGH_GRADE",
      "Pap 5|CANCER",
      "NILM|NORMAL",
      "ASC-US|ABNORMAL_LOW_GRADE",
      "LSIL|ABNORMAL_LOW_GRADE",
      "ASC-H|ABNORMAL_HIGH_GRADE",
      "HSIL|ABNORMAL_HIGH_GRADE",
      "CIN 3|ABNORMAL_HIGH_GRADE",
      "plaveiselcelcarcinoom|CANCER",
      "carcinoma in situ|ABNORMAL_HIGH_GRADE",
      "''|NONE",
      "42|NONE",
      "zie brief|NONE",
      "K2O1P3A1C1B1|ABNORMAL_LOW_GRADE",
      "213111|NONE"})
  void grades(String value, ResultGrade expected) {
    assertThat(ResultGrader.grade(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"211111,NORMAL", "112111,NORMAL", "213111,ABNORMAL_LOW_GRADE", "114111,ABNORMAL_LOW_GRADE",
      "115111,ABNORMAL_HIGH_GRADE", "317112,ABNORMAL_HIGH_GRADE", "118111,CANCER", "219111,CANCER",
      "21311,NONE", "2131110,NONE", "203111,NONE", "P3,NONE"})
  void gradesKopacBByItsSquamousDigit(String value, ResultGrade expected) {
    assertThat(ResultGrader.kopacB(value)).isEqualTo(expected);
  }
}
