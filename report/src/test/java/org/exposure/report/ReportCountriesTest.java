package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.exposure.AnalysisResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regions of other countries are published by their own coarse areas, their small cells withheld, and
 * the report says that the population figures it reads are Dutch.
 */
class ReportCountriesTest {
  @TempDir Path dir;

  /**
   * 42 US subjects: 20 in ZIP3 021, 12 in 100, 9 in 606 and 1 in 941, a small cell withheld with the
   * next-smallest so that together they hide 10.
   */
  private Path usExtract() throws IOException {
    StringBuilder csv = new StringBuilder("SSN,BIRTHDATE,GENDER,ZIP,STATE\n");
    for (int i = 0; i < 42; i++) {
      String zip = i < 20 ? "021" + (10 + i) : i < 32 ? "100" + (10 + i) : i < 41 ? "60614" : "94103";
      csv.append(String.format(Locale.ROOT, "999-%02d-%04d,19%02d-03-14,%s,%s,Massachusetts\n",
          10 + i, 1000 + i, 40 + i, i % 2 == 0 ? "F" : "M", zip));
    }
    return Files.writeString(dir.resolve("patients.csv"), csv);
  }

  @Test
  void usRegionsAreZip3WithSmallCellsWithheldAndOutOfTheDutchPopulation() throws IOException {
    AnalysisResult r = ReportJsonTest.assess(usExtract());
    JsonNode json = ReportJson.toTree(r);
    assertThat(json.at("/breakdowns/regions/US-021").asInt()).isEqualTo(20);
    assertThat(json.at("/breakdowns/regions/US-100").asInt()).isEqualTo(12);
    assertThat(json.at("/breakdowns/regions").has("US-941")).isFalse();
    assertThat(json.at("/breakdowns/regions").has("US-606")).isFalse();
    assertThat(json.at("/reidentification/population/country").asText()).isEqualTo("NL");
    assertThat(json.at("/reidentification/population/subjects_outside_population").asInt())
        .isEqualTo(42);
    assertThat(json.at("/reidentification/population/estimated_unique_subjects").asInt()).isZero();
    String html = ReportHtml.render(r, Locale.ENGLISH);
    assertThat(html).contains("ZIP3 021").contains("ZIP3 100")
        .contains("42 subjects have a postcode outside the Netherlands");
  }

  @Test
  void aDutchReportHasNoSuchNote() throws IOException {
    AnalysisResult r = ReportJsonTest.assess(ReportJsonTest.extract(dir,
        List.of("14-03-1990;2281 AB;Pap1", "14-03-1991;2281 AB;Pap1")));
    assertThat(ReportHtml.render(r, Locale.ENGLISH)).doesNotContain("population-note");
    assertThat(ReportJson.toTree(r).at("/reidentification/population/subjects_outside_population")
        .asInt()).isZero();
  }
}
