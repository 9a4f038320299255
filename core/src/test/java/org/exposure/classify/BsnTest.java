package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

  @ParameterizedTest
  @ValueSource(strings = {"111222333", "123456782", "249566758", "999993653", "999990482",
      "999992077", "999993847", "999995017", "999990408", "000009921", "999911120", "012345672"})
  void publishedTestNumbersPassTheElevenTest(String bsn) {
    assertThat(Bsn.isValid(bsn)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "999999991", "111222334", "111222332"})
  void numbersFailingTheElevenTestAreInvalid(String bsn) {
    assertThat(Bsn.isValid(bsn)).isFalse();
  }

  @Test
  void allZerosSumsToZeroAndIsRejected() {
    assertThat(Bsn.isValid("000000000")).isFalse();
  }

  @Test
  void eightDigitsAreReadWithALeadingZero() {
    assertThat(Bsn.normalize("12345672")).contains("012345672");
    assertThat(Bsn.isValid("12345672")).isTrue();
    assertThat(Bsn.isValid("12345673")).isFalse();
  }

  @Test
  void checkedGivesTheDigitsOfValidNumbersOnly() {
    assertThat(Bsn.checked("1112.22.333")).contains("111222333");
    assertThat(Bsn.checked("12345672")).contains("012345672");
    assertThat(Bsn.checked("999999999")).isEmpty();
    assertThat(Bsn.checked("000000000")).isEmpty();
    assertThat(Bsn.checked("not a number")).isEmpty();
  }

  @Test
  void separatorsAreIgnored() {
    assertThat(Bsn.normalize("1112.22.333")).contains("111222333");
    assertThat(Bsn.normalize("111 222 333")).contains("111222333");
    assertThat(Bsn.isValid("111-222-333")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1234567", "1234567890", "11122233x", "abcdefghi", "+111222333"})
  void otherShapesAreNotBsns(String value) {
    assertThat(Bsn.normalize(value)).isEmpty();
    assertThat(Bsn.isValid(value)).isFalse();
  }
}
