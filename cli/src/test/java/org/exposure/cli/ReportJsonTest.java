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
import java.util.Locale;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.score.SeverityLevel;
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
    return extract(dir, "geboortedatum;postcode;pap_klasse", rows);
  }

  /** A synthetic extract with a BSN column before the given columns. */
  static Path extract(Path dir, String header, List<String> rows) throws IOException {
    StringBuilder csv = new StringBuilder("bsn;").append(header).append('\n');
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

  /** 22 subjects: 19 normal results, 2 low-grade abnormal and 1 cancer. */
  static List<String> oneCancer() {
    List<String> rows = new ArrayList<>(rows(19, "14-03-1990;2281 AB;Pap1"));
    rows.addAll(rows(2, "14-03-1990;2281 AB;Pap2"));
    rows.add("14-03-1990;2281 AB;Pap5");
    return rows;
  }

  @Test
  void resultGradesAndHarmsSuppressSmallCellsAsTheBreakdownsDo() throws IOException {
    AnalysisResult r = assess(extract(dir, oneCancer()));
    JsonNode json = ReportJson.toTree(r);

    assertThat(r.cohort().count(ResultGrade.CANCER)).isEqualTo(1);
    assertThat(json.at("/result_grades").has("cancer")).isFalse();
    assertThat(json.at("/result_grades").has("abnormal_low_grade")).isFalse();
    assertThat(json.at("/result_grades/normal").asInt()).isEqualTo(19);
    assertThat(json.at("/result_grades/abnormal_high_grade").asInt()).isZero();
    assertThat(json.at("/harms").has("stigma")).isFalse();
    assertThat(json.at("/breakdowns/suppressed_cells").asInt()).isGreaterThanOrEqualTo(3);
  }

  /** 100 subjects: 97 aged 30-39 in PC 22 with a result, 3 aged 16-29 in PC 10 without. */
  static List<String> ninetySevenAndThree() {
    List<String> rows = new ArrayList<>(rows(97, "14-03-1990;2281 AB;Pap1"));
    rows.addAll(rows(3, "14-03-2005;1012 NX;"));
    return rows;
  }

  @Test
  void noSingleWithheldCellIsTheTotalMinusThoseShown() throws IOException {
    AnalysisResult r = assess(extract(dir, ninetySevenAndThree()));
    JsonNode json = ReportJson.toTree(r);

    assertThat(json.at("/subjects").asInt()).isEqualTo(100);
    // "< 5" aged 16-29 would be 100 - 97: the 97 are withheld too.
    assertThat(json.at("/breakdowns/age_bands").size()).isZero();
    assertThat(json.at("/breakdowns/regions").size()).isZero();
    // The 3 without a result would be 100 - 97 normal results.
    assertThat(json.at("/result_grades").has("none")).isFalse();
    assertThat(json.at("/result_grades").has("normal")).isFalse();
    assertThat(json.at("/result_grades/cancer").asInt()).isZero();
    // Each field type's levels add up to its published count in field_types: never one withheld.
    for (FieldType type : FieldType.values()) {
      long withheld = 0;
      for (SeverityLevel level : SeverityLevel.values()) {
        boolean shown = json.at("/breakdowns/level_by_field_type/"
            + level.name().toLowerCase(Locale.ROOT)).has(type.name());
        withheld += r.cohort().count(level, type) > 0 && !shown ? 1 : 0;
      }
      assertThat(withheld).as(type.name()).isNotEqualTo(1);
    }
    assertThat(json.at("/breakdowns/suppressed_cells").asInt()).isGreaterThanOrEqualTo(6);
  }
}
