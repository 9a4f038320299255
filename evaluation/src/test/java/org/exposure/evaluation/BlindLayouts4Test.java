package org.exposure.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The fourth blind part's own helper: the LANR check digit. Its laws are {@link PartLawsTest}'s.
 */
class BlindLayouts4Test {

  @Test
  void lanrCarriesTheCheckDigitOfWeightsFourAndNine() {
    // 3·4 + 1·9 + 8·4 + 2·9 + 0·4 + 4·9 = 107: the check digit 3 brings the sum to 110.
    assertThat(BlindLayouts4.lanr("318204", "01")).isEqualTo("318204301");
    for (int n = 100_000; n < 1_000_000; n += 7_919) {
      String six = String.valueOf(n);
      String lanr = BlindLayouts4.lanr(six, "58");
      assertThat(lanr).hasSize(9).startsWith(six).endsWith("58");
      int sum = lanr.charAt(6) - '0';
      int odd = 0;
      int even = 0;
      for (int i = 0; i < 6; i++) {
        int d = six.charAt(i) - '0';
        sum += d * (i % 2 == 0 ? 4 : 9);
        if (i % 2 == 0) {
          odd += d;
        } else {
          even += d;
        }
      }
      assertThat(sum % 10).as(lanr).isZero();
      // The same digit written the other way: 6 × (d1 + d3 + d5) + (d2 + d4 + d6), mod 10.
      assertThat(lanr.charAt(6) - '0').as(lanr).isEqualTo((6 * odd + even) % 10);
    }
  }
}
