package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DigitsTest {
  @Test
  void fixedPointNumbersKeepTheirSignAndLeadingZeros() {
    assertThat(Digits.decimal(-71_060_312, 6)).isEqualTo("-71.060312");
    assertThat(Digits.decimal(5, 2)).isEqualTo("0.05");
    assertThat(Digits.decimal(-5, 2)).isEqualTo("-0.05");
    assertThat(Digits.decimal(123_456_789, 2)).isEqualTo("1234567.89");
  }

  @Test
  void theNhsCheckDigitOfThePublishedExampleIsNine() {
    assertThat(Digits.nhsCheckDigit(943_476_591L)).isEqualTo(9); // 943 476 5919
    assertThat(Digits.nhsCheckDigit(0L)).isZero(); // 11 is written 0
  }

  @Test
  void belgianNumbersOfPeopleBornFrom2000AreCheckedWithATwoInFront() {
    assertThat(Digits.belgianCheck(930_518_223L, false)).isEqualTo(61); // 93.05.18-223.61
    assertThat(Digits.belgianCheck(10_203_123L, true)).isEqualTo(97 - (2_010_203_123L % 97));
    assertThat(BelgianLabTable.niss(LocalDate.of(1993, 5, 18), 223)).isEqualTo("93.05.18-223.61");
  }
}
