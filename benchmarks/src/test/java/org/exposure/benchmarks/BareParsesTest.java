package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BareParsesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(value = SuiteLayout.class, names = "FHIR", mode = EnumSource.Mode.EXCLUDE)
  void theBareCsvParseReadsEveryRecordOfALayoutInItsDialect(SuiteLayout layout) throws Exception {
    Path file = dir.resolve("layout.csv");
    SuiteLayouts.write(layout, 1_000, 11, file);
    long[] counts = BareCsvParse.parse(file, layout.charset(), layout.delimiter().orElseThrow());
    assertThat(counts[0]).isEqualTo(1_001);
    assertThat(counts[1]).as("characters touched").isGreaterThan(1_000L * 50);
    assertThat(counts[1]).isLessThan(Files.size(file));
  }

  @Test
  void theBareFhirParseParsesEveryResourceOnEveryThread() throws Exception {
    Path folder = dir.resolve("fhir");
    SuiteLayouts.write(SuiteLayout.FHIR, 1_000, 11, folder);
    long lines = Files.readAllLines(folder.resolve("Patient.ndjson")).size()
        + Files.readAllLines(folder.resolve("Observation.ndjson")).size();
    assertThat(BareFhirParse.parse(folder, 2)[0]).isEqualTo(lines);
    assertThat(BareFhirParse.parse(folder, 1)).isEqualTo(BareFhirParse.parse(folder, 3));
  }
}
