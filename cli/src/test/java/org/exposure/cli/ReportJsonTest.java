package org.exposure.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.ResultGrade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What report.json publishes of small cohorts: no count of fewer than five subjects. */
class ReportJsonTest {
  @TempDir Path dir;

  /**
   * A synthetic extract: one row per subject with a BSN that passes the 11-proef, a birth date, a
   * postcode and a Pap class.
   */
  static Path extract(Path dir, List<String> rows) throws IOException {
    StringBuilder csv = new StringBuilder("bsn;geboortedatum;postcode;pap_klasse\n");
    long bsn = 100_000_000;
    for (String row : rows) {
      bsn = nextBsn(bsn + 1);
      csv.append(bsn).append(';').append(row).append('\n');
    }
    return Files.writeString(dir.resolve("extract.csv"), csv);
  }

  /** The first number from {@code from} that passes the 11-proef. */
  private static long nextBsn(long from) {
    for (long n = from; ; n++) {
      long sum = -(n % 10);
      long rest = n / 10;
      for (int weight = 2; weight <= 9; weight++, rest /= 10) {
        sum += weight * (rest % 10);
      }
      if (sum % 11 == 0) {
        return n;
      }
    }
  }

  static List<String> rows(int count, String row) {
    return Collections.nCopies(count, row);
  }

  static AnalysisResult assess(Path extract) throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).build()).assess(List.of(extract));
  }

  @Test
  void resultGradesAndHarmsSuppressSmallCellsAsTheBreakdownsDo() throws IOException {
    List<String> rows = new ArrayList<>(rows(19, "14-03-1990;2281 AB;Pap1"));
    rows.add("14-03-1990;2281 AB;Pap5");
    AnalysisResult r = assess(extract(dir, rows));
    JsonNode json = ReportJson.toTree(r);

    assertThat(r.cohort().count(ResultGrade.CANCER)).isEqualTo(1);
    assertThat(json.at("/result_grades").has("cancer")).isFalse();
    assertThat(json.at("/result_grades/normal").asInt()).isEqualTo(19);
    assertThat(json.at("/result_grades/abnormal_low_grade").asInt()).isZero();
    assertThat(json.at("/harms").has("stigma")).isFalse();
    assertThat(json.at("/breakdowns/suppressed_cells").asInt()).isGreaterThanOrEqualTo(2);
  }
}
