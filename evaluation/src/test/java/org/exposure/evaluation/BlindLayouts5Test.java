package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fifth blind part's own helper: the RIZIV number's check digits. Its laws are
 * {@link PartLawsTest}'s.
 */
class BlindLayouts5Test {

  @Test
  void rizivCarriesNinetySevenMinusTheFirstSixDigitsModNinetySeven() {
    // 123456 = 97 * 1272 + 72: the check digits are 97 - 72 = 25.
    assertThat(BlindLayouts5.riziv("123456", "004")).isEqualTo("1-23456-25-004");
    for (int n = 100_000; n < 1_000_000; n += 7_919) {
      String six = String.valueOf(n);
      String riziv = BlindLayouts5.riziv(six, "580");
      String digits = riziv.replace("-", "");
      assertThat(digits).hasSize(11).startsWith(six).endsWith("580");
      int check = Integer.parseInt(digits.substring(6, 8));
      assertThat((n + check) % 97).as(riziv).isZero();
      assertThat(check).as(riziv).isBetween(1, 97);
    }
  }
}
