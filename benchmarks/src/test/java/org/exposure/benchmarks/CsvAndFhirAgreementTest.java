package org.exposure.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.FieldType;
import org.exposure.score.ControllerType;
import org.exposure.score.SeverityLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One generated cohort, exported as CSV and as FHIR NDJSON, is one breach: the same assessment. */
class CsvAndFhirAgreementTest {
  @TempDir
  Path dir;

  @Test
  void bothExportsGiveTheSameSubjectsFieldTypesAndSeverities() throws IOException {
    Path csv = dir.resolve("cohort.csv");
    new CohortGenerator().write(CohortSpec.builder().rows(3_000).splitRows(true).build(), csv);
    Path fhir = dir.resolve("fhir");
    FhirCohortWriter.write(csv, fhir);
    ExposureAnalysis analysis = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).controller(ControllerType.GENERAL).build());

    AnalysisResult fromCsv = analysis.assess(List.of(csv));
    AnalysisResult fromFhir = analysis.assess(List.of(fhir));

    assertThat(fromFhir.recordsRejected()).isZero();
    assertThat(fromFhir.cohort().subjects()).isEqualTo(fromCsv.cohort().subjects()).isEqualTo(3_000);
    for (FieldType type : FieldType.values()) {
      assertThat(fromFhir.cohort().count(type)).as(type.name()).isEqualTo(fromCsv.cohort().count(type));
    }
    assertThat(fromCsv.cohort().count(SeverityLevel.HIGH)).as("a spread of levels").isPositive();
    assertThat(fromCsv.cohort().count(SeverityLevel.VERY_HIGH)).isPositive();
    for (SeverityLevel level : SeverityLevel.values()) {
      assertThat(fromFhir.cohort().count(level)).as(level.name())
          .isEqualTo(fromCsv.cohort().count(level));
    }
  }
}
