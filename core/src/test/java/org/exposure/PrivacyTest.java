package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exposure.csv.CsvExtract;
import org.exposure.csv.CsvRow;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.exposure.model.QuasiIdentifiers;
import org.exposure.model.ResultGrade;
import org.exposure.model.SubjectExposure;
import org.junit.jupiter.api.Test;

/** No value of an extract may reach a toString(), and so a log line or a message. */
class PrivacyTest {

  @Test
  void valuesCarriersAreRedacted() throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    CsvExtract extract = CsvExtract.open(ExposureAnalysisTest.fixture("screening.csv"), "s.csv");
    List<CsvRow> rows = new ArrayList<>();
    extract.read(rows::add);
    for (CsvRow row : rows) {
      texts.add(row.toString());
      if (row instanceof CsvRow.Accepted) {
        List<ExposedValue> values = new ArrayList<>();
        for (String cell : ((CsvRow.Accepted) row).values()) {
          if (cell.length() >= 3) {
            cells.add(cell);
            values.add(new ExposedValue(FieldType.OTHER, cell));
          }
        }
        texts.add(values.toString());
        texts.add(new ExposedRecord(row.location(), values).toString());
      }
    }

    texts.add(new SubjectExposure(EnumSet.of(FieldType.BIRTH_DATE), ResultGrade.NONE,
        QuasiIdentifiers.none().withBirthDate(LocalDate.of(1968, 4, 3)).withPostcode("2281 AB")
            .withSex("F").withAge(57), 1, Set.of("s.csv")).toString());
    assertThat(cells).isNotEmpty();
    for (String text : texts) {
      assertThat(cells).noneMatch(text::contains);
      assertThat(text).doesNotContain("1968").doesNotContain("2281").doesNotContain("57");
    }
  }

  @Test
  void fixtureValuesNeverReachRejectionsOrEvidence() throws IOException {
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder()
            .assessmentDate(LocalDate.of(2025, 7, 1)).build())
        .assess(List.of(ExposureAnalysisTest.fixture("screening.csv")));
    List<String> texts = new ArrayList<>();
    r.rejections().forEach(x -> texts.add(x.toString()));
    r.fields().forEach(x -> texts.add(x.toString()));
    r.notification().reasons().forEach(texts::add);
    for (String text : texts) {
      assertThat(ExposureAnalysisTest.FIXTURE_VALUES).noneMatch(text::contains);
    }
  }
}
