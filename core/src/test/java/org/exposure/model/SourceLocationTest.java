package org.exposure.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceLocationTest {
  /**
   * A source's file name comes from its text: a name read from a folder under a locale that cannot
   * encode it holds U+FFFD, which {@code Path.of} refuses there.
   */
  @ParameterizedTest
  @CsvSource({"/data/breach/lab.csv, lab.csv", "lab.csv, lab.csv", "in\\export\\lab.csv, lab.csv",
      "/data/\uFFFD\uFFFD.csv, \uFFFD\uFFFD.csv", "'/data/dir/', ''"})
  void aFileNameIsWhatFollowsTheLastSeparator(String source, String fileName) {
    assertThat(SourceLocation.fileName(source)).isEqualTo(fileName == null ? "" : fileName);
  }
}
