package org.exposure.report;

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
    // 1 + 2 hide fewer than 10 subjects: the 19 normal results are withheld with them.
    assertThat(json.at("/result_grades").has("normal")).isFalse();
    assertThat(json.at("/result_grades/abnormal_high_grade").asInt()).isZero();
    assertThat(json.at("/harms").has("stigma")).isFalse();
    assertThat(json.at("/breakdowns/suppressed_cells").asInt()).isGreaterThanOrEqualTo(3);
  }

  /** Rows of {@code count} subjects each with the given Pap class. */
  private static List<String> paps(Object... countsAndClasses) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < countsAndClasses.length; i += 2) {
      rows.addAll(rows((Integer) countsAndClasses[i], "14-03-1990;2281 AB;" + countsAndClasses[i + 1]));
    }
    return rows;
  }

  /**
   * Each total the grades add up to (subjects; while stigma is published, stigma for the abnormal
   * grades and subjects minus stigma for the others) minus the grades shown is a sum of no withheld
   * cell, or of at least two hiding at least 10 subjects.
   */
  private static void assertNoGradeFollowsFromATotal(AnalysisResult r, JsonNode json) {
    List<List<ResultGrade>> groups = new ArrayList<>();
    groups.add(List.of(ResultGrade.values()));
    if (json.at("/harms").has("stigma")) {
      assertThat(json.at("/harms/stigma").asLong()).isEqualTo(
          java.util.Arrays.stream(ResultGrade.values()).filter(ResultGrade::isAbnormal)
              .mapToLong(g -> r.cohort().count(g)).sum());
      for (boolean abnormal : new boolean[] {true, false}) {
        groups.add(java.util.Arrays.stream(ResultGrade.values())
            .filter(g -> g.isAbnormal() == abnormal).toList());
      }
    }
    for (List<ResultGrade> group : groups) {
      int cells = 0;
      long hidden = 0;
      for (ResultGrade grade : group) {
        if (!json.at("/result_grades").has(grade.name().toLowerCase(Locale.ROOT))) {
          cells++;
          hidden += r.cohort().count(grade);
        }
      }
      assertThat(cells == 0 || (cells >= 2 && hidden >= 10)).as(group + ": " + cells + " cells, "
          + hidden + " subjects").isTrue();
    }
  }

  @Test
  void aWithheldAbnormalGradeTakesItsPartnerAmongTheAbnormalGrades() throws IOException {
    // Partnered with the 6 normal results, cancer would be stigma 41 - 30 low - 8 high = 3.
    AnalysisResult r = assess(extract(dir, paps(6, "Pap1", 30, "Pap2", 8, "Pap4", 3, "Pap5")));
    JsonNode json = ReportJson.toTree(r);

    assertThat(r.cohort().count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(8);
    assertThat(json.at("/harms/stigma").asInt()).isEqualTo(41);
    assertThat(json.at("/result_grades/normal").asInt()).isEqualTo(6);
    assertThat(json.at("/result_grades/abnormal_low_grade").asInt()).isEqualTo(30);
    assertThat(json.at("/result_grades").has("abnormal_high_grade")).isFalse();
    assertThat(json.at("/result_grades").has("cancer")).isFalse();
    assertNoGradeFollowsFromATotal(r, json);
  }

  @Test
  void aWithheldNormalSideGradeTakesItsPartnerOnItsOwnSide() throws IOException {
    // Partnered with the 6 low-grade results, the 3 unsatisfactory would be 79 subjects - stigma 36
    // - 40 normal.
    AnalysisResult r = assess(extract(dir, paps(3, "Pap0", 40, "Pap1", 6, "Pap2", 30, "Pap4")));
    JsonNode json = ReportJson.toTree(r);

    assertThat(r.cohort().count(ResultGrade.UNSATISFACTORY)).isEqualTo(3);
    assertThat(json.at("/harms/stigma").asInt()).isEqualTo(36);
    assertThat(json.at("/result_grades/abnormal_low_grade").asInt()).isEqualTo(6);
    assertThat(json.at("/result_grades").has("unsatisfactory")).isFalse();
    assertThat(json.at("/result_grades").has("normal")).isFalse();
    assertNoGradeFollowsFromATotal(r, json);
  }

  @Test
  void stigmaIsWithheldWhenTheAbnormalGradesCannotHideTenSubjects() throws IOException {
    // 3 cancer + 6 low grade = stigma 9: published, it would be the sum of the two withheld.
    AnalysisResult r = assess(extract(dir, paps(100, "Pap1", 6, "Pap2", 3, "Pap5")));
    JsonNode json = ReportJson.toTree(r);

    assertThat(r.cohort().count(org.exposure.score.Harm.STIGMA)).isEqualTo(9);
    assertThat(json.at("/harms").has("stigma")).isFalse();
    assertThat(json.at("/result_grades").has("cancer")).isFalse();
    assertThat(json.at("/result_grades").has("abnormal_low_grade")).isFalse();
    assertThat(json.at("/result_grades").has("normal")).isFalse();
    assertNoGradeFollowsFromATotal(r, json);
  }

  @Test
  void stigmaIsWithheldWhenFewBeyondTheAbnormalGradesHaveASensitiveDiagnosis() throws IOException {
    // 20 low grade and 2 with a normal result and a depression: stigma 22 minus the 20 shown would
    // count the 2 with a sensitive diagnosis.
    List<String> rows = new ArrayList<>(rows(40, "14-03-1990;2281 AB;Pap1;J45.9"));
    rows.addAll(rows(20, "14-03-1990;2281 AB;Pap2;J45.9"));
    rows.addAll(rows(2, "14-03-1990;2281 AB;Pap1;F32.1"));
    AnalysisResult r = assess(extract(dir, "geboortedatum;postcode;pap_klasse;diagnose", rows));
    assertThat(r.cohort().count(org.exposure.score.Harm.STIGMA)).isEqualTo(22);
    assertThat(ReportJson.toTree(r).at("/harms").has("stigma")).isFalse();

    // With 10 of them, stigma is no second total of the grades, and is published.
    rows.addAll(rows(8, "14-03-1990;2281 AB;Pap1;F32.1"));
    r = assess(extract(dir, "geboortedatum;postcode;pap_klasse;diagnose", rows));
    JsonNode json = ReportJson.toTree(r);
    assertThat(json.at("/harms/stigma").asInt()).isEqualTo(30);
    assertThat(json.at("/result_grades/abnormal_low_grade").asInt()).isEqualTo(20);
  }

  @Test
  void twoSmallRegionsAreNotLeftAsTheTotalMinusTheRest() throws IOException {
    // 1 in PC 10 and 1 in PC 11: 2 withheld of 42 beside 40 shown would be 1 and 1.
    List<String> rows = new ArrayList<>(rows(40, "14-03-1990;2281 AB;Pap1"));
    rows.add("14-03-1990;1012 NX;Pap1");
    rows.add("14-03-1990;1101 AB;Pap1");
    JsonNode json = ReportJson.toTree(assess(extract(dir, rows)));

    assertThat(json.at("/subjects").asInt()).isEqualTo(42);
    assertThat(json.at("/breakdowns/regions").has("10")).isFalse();
    assertThat(json.at("/breakdowns/regions").has("11")).isFalse();
    assertThat(json.at("/breakdowns/regions").has("22")).isFalse();
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
