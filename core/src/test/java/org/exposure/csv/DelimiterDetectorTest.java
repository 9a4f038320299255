package org.exposure.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DelimiterDetectorTest {

  @Test
  void namesWrittenWithACommaDoNotMakeAFileOfSemicolonsOneOfCommas() {
    String text = "KVNR;Name, Vorname;Geburtsdatum;Befund\n"
        + "A123456780;Müller, Anna;02.04.2000;negativ\n"
        + "B123456781;Schmidt, Jan;28.12.1992;positiv\n"
        + "C123456782;Weber, Eva;31.01.1992;negativ\n";
    assertThat(DelimiterDetector.detect(text)).isEqualTo(';');
  }

  @Test
  void onATieOfEqualColumnsTheEarlierCandidateWins() {
    assertThat(DelimiterDetector.detect("a,b;c\n1,2;3\n")).isEqualTo(',');
  }

  @Test
  void aConsistentDelimiterBeatsOneThatMakesMoreColumnsOnTheHeaderOnly() {
    assertThat(DelimiterDetector.detect("a;b;c;d,e\n1;2;3;4,5\nx;y;z;w,v\n")).isEqualTo(';');
  }
}
