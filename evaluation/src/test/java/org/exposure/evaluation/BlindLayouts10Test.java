package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposure.model.ResultGrade.ABNORMAL_HIGH_GRADE;
import static org.exposure.model.ResultGrade.ABNORMAL_LOW_GRADE;
import static org.exposure.model.ResultGrade.CANCER;
import static org.exposure.model.ResultGrade.NORMAL;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The tenth blind part's own helpers: the grade a KOPAC-B code's P axis reads as, and the printed
 * forms of national numbers. Its laws are {@link PartLawsTest}'s.
 */
class BlindLayouts10Test {

  @Test
  void kopacIsGradedByItsPDigit() {
    assertThat(BlindLayouts10.kopacGrade("121111")).isEqualTo(NORMAL);
    assertThat(BlindLayouts10.kopacGrade("214111")).isEqualTo(ABNORMAL_LOW_GRADE);
    assertThat(BlindLayouts10.kopacGrade("115111")).isEqualTo(ABNORMAL_HIGH_GRADE);
    assertThat(BlindLayouts10.kopacGrade("317111")).isEqualTo(ABNORMAL_HIGH_GRADE);
    assertThat(BlindLayouts10.kopacGrade("219111")).isEqualTo(CANCER);
  }

  @Test
  void everyPapClassesKopacCodeReadsAsItsPapClassExceptPapTwo() {
    Random rng = new Random(17);
    for (String pap : Screening.PAP_CLASSES) {
      if (pap.equals("0")) {
        continue; // the lab export leaves an unreadable smear's code blank
      }
      Screening s = new Screening(Screening.Hpv.POSITIVE, "16", pap);
      String code = s.kopac(rng);
      // The generator codes Pap 2 as P1: its code alone reads normal, the Pap cell beside it not.
      assertThat(BlindLayouts10.kopacGrade(code)).as(pap + " " + code)
          .isEqualTo(pap.equals("2") ? NORMAL : s.papGrade());
    }
  }

  @Test
  void nationalNumbersArePrintedInTheirGroups() {
    assertThat(BlindLayouts10.spaced("9434765919", 3, 3, 4)).isEqualTo("943 476 5919");
    assertThat(BlindLayouts10.spaced("285077512345678", 1, 2, 2, 2, 3, 3))
        .isEqualTo("2 85 07 75 123 456 78");
    assertThat(BlindLayouts10.belgianDotted("85073003328")).isEqualTo("85.07.30-033.28");
  }
}
