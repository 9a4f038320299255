package org.exposure.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.FieldType;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.Policy;
import org.exposure.score.SeverityLevel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What report.html shows of the sample extract, in English and Dutch. */
class ReportHtmlTest {
  private static AnalysisResult sample;

  @BeforeAll
  static void assessTheSample() throws IOException {
    sample = ExposureAnalysis.of(AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
        .controller(ControllerType.HEALTH).assessmentDate(LocalDate.of(2025, 7, 1)).build())
        .assess(List.of(Path.of("..", "examples", "screening-sample.csv")));
  }

  @Test
  void theHeadlineGivesTheSubjectsLevelsAndTheDecisions() {
    String html = ReportHtml.render(sample, Locale.ENGLISH);

    assertThat(html).startsWith("<!DOCTYPE html>").contains("<span>2,000</span>data subjects affected")
        .contains("Notify the supervisory authority: yes").contains("Data subjects to inform: 2,000")
        .contains("malicious intent +0.5");
  }

  @Test
  void itIsSelfContained() {
    String html = ReportHtml.render(sample, Locale.ENGLISH);

    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("@import")
        .doesNotContain("src=").doesNotContain("href=").doesNotContain("url(");
  }

  @Test
  void everyChartIsThere() {
    String html = ReportHtml.render(sample, Locale.ENGLISH);

    for (String chart : List.of("levels", "field-types", "se", "regions", "ages", "grades", "harms")) {
      assertThat(html).contains("id=\"chart-" + chart + "\"");
    }
  }

  @Test
  void smallCellsAreShownAsWithheldNotCounted(@TempDir Path dir) throws IOException {
    Path few = Files.writeString(dir.resolve("few.csv"), "bsn;geboortedatum;postcode\n"
        + "111222333;14-03-1971;2281 AB\n999993653;30-09-1966;1012 NX\n");
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).build()).assess(List.of(few));
    String html = ReportHtml.render(r, Locale.ENGLISH);

    String regions = html.substring(html.indexOf("id=\"chart-regions\""));
    regions = regions.substring(0, regions.indexOf("</figure>"));
    assertThat(regions).contains("PC 22").contains(">withheld</text>").doesNotContain(">1</text>");
  }

  @Test
  void theDraftNotificationSuppressesSmallHarmsAsTheChartDoes(@TempDir Path dir) throws IOException {
    String html = ReportHtml.render(
        ReportJsonTest.assess(ReportJsonTest.extract(dir, ReportJsonTest.oneCancer())),
        Locale.ENGLISH);

    String art33 = html.substring(html.indexOf("<section class=\"art33\">"));
    assertThat(art33).contains("stigma: withheld<").doesNotContain("stigma: 3 ");
    String grades = section(html, "id=\"chart-grades\"");
    assertThat(grades).contains("cancer</text>").contains(">withheld</text>")
        .doesNotContain(">1</text>").doesNotContain(">19</text>");
  }

  @Test
  void theChartsWithholdWhatReportJsonWithholds(@TempDir Path dir) throws IOException {
    AnalysisResult r = ReportJsonTest.assess(
        ReportJsonTest.extract(dir, ReportJsonTest.ninetySevenAndThree()));
    String html = ReportHtml.render(r, Locale.ENGLISH);

    assertThat(html).contains("<span>100</span>data subjects affected");
    // The small cell and its partner alike: a label of its own would tell which is the small one.
    assertThat(html).doesNotContain("&lt; 5");
    String ages = section(html, "id=\"chart-ages\"");
    assertThat(ages).contains("16-29</text>").contains("30-39</text>").doesNotContain(">97</text>");
    assertThat(ages.split(">withheld</text>", -1)).hasSize(3);
    String regions = section(html, "id=\"chart-regions\"");
    assertThat(regions).contains("PC 10</text>").contains("PC 22</text>")
        .doesNotContain(">97</text>");
    assertThat(regions.split(">withheld</text>", -1)).hasSize(3);
    String grades = section(html, "id=\"chart-grades\"");
    assertThat(grades).contains("none</text>").contains("withheld").doesNotContain(">97</text>");
    assertThat(ReportHtml.render(r, Locale.forLanguageTag("nl"))).contains("afgeschermd");
  }

  /** The draft Art. 33 notification's list of the categories of data exposed. */
  private static String categories(AnalysisResult r) {
    String html = ReportHtml.render(r, Locale.ENGLISH);
    String categories = html.substring(html.indexOf("records, exposing"));
    return categories.substring(0, categories.indexOf("</dd>"));
  }

  @Test
  void theDraftNotificationCallsATestTypeOrAHealthControllersListHealthData(@TempDir Path dir)
      throws IOException {
    AnalysisOptions general = AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AnalysisResult testType = ExposureAnalysis.of(general).assess(List.of(ReportJsonTest.extract(
        dir, "geboortedatum;postcode;soort_onderzoek",
        ReportJsonTest.rows(10, "14-03-1990;2281 AB;uitstrijkje"))));
    assertThat(testType.cohort().count(FieldType.TEST_TYPE)).isEqualTo(10);
    assertThat(categories(testType)).contains("special category under Art. 9");

    Path simple = Files.createDirectory(dir.resolve("simple"));
    ReportJsonTest.extract(simple, "geboortedatum;postcode",
        ReportJsonTest.rows(10, "14-03-1990;2281 AB"));
    assertThat(categories(ExposureAnalysis.of(general).assess(List.of(simple))))
        .doesNotContain("Art. 9");
    AnalysisOptions health = AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .controller(ControllerType.HEALTH).build();
    assertThat(categories(ExposureAnalysis.of(health).assess(List.of(simple))))
        .contains("special category under Art. 9");
  }

  @Test
  void whomToInformIsTheLevelsThePolicyInforms() throws IOException {
    Policy defaults = Policy.defaults();
    Policy fromMedium = new Policy("lab-2025-08", defaults.dpc(), defaults.ei(), defaults.minorAge(),
        defaults.minorRaise(), defaults.reidentificationThreshold(), SeverityLevel.MEDIUM);
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder().policy(fromMedium)
        .assessmentDate(LocalDate.of(2025, 7, 1)).build())
        .assess(List.of(Path.of("..", "examples", "screening-sample.csv")));

    assertThat(ReportHtml.render(r, Locale.ENGLISH))
        .contains("(medium, high or very high risk, GDPR Art. 34)")
        .contains(" data subjects at medium, high or very high risk, with the notification list")
        .doesNotContain("(high or very high risk").doesNotContain("at high or very high risk");
    assertThat(ReportHtml.render(r, Locale.forLanguageTag("nl")))
        .contains("(gemiddeld, hoog of zeer hoog risico, AVG art. 34)")
        .contains(" betrokkenen met een gemiddeld, hoog of zeer hoog risico informeren");
    assertThat(ReportHtml.render(sample, Locale.ENGLISH))
        .contains("(high or very high risk, GDPR Art. 34)");
  }

  /** The chart from its id to its end. */
  private static String section(String html, String start) {
    String from = html.substring(html.indexOf(start));
    return from.substring(0, from.indexOf("</figure>"));
  }

  @Test
  void theDutchReportHasTheDraftNotificationInDutch() {
    String html = ReportHtml.render(sample, Locale.forLanguageTag("nl"));

    assertThat(html).contains("<html lang=\"nl\">")
        .contains("Concept-melding aan de Autoriteit Persoonsgegevens (AVG art. 33)")
        .contains("<span>2.000</span>betrokkenen geraakt").contains("Zeer hoog")
        .contains("Waarschijnlijke gevolgen");
  }

  /** The template escapes every value: a source's name is text, never markup. */
  @Test
  void namesAreEscaped(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("<b>\"a\" & 'b'<\\b>.csv"),
        "bsn;geboortedatum\n111222333;01-01-1970\n");
    AnalysisResult r = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).build()).assess(List.of(file));
    String html = ReportHtml.render(r, Locale.ENGLISH);

    assertThat(html).contains("&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;\\b&gt;.csv")
        .doesNotContain("<b>\"a\"");
  }

  /** A language without a bundle of its own gets English, whatever the machine's locale. */
  @Test
  void anotherLanguageGetsEnglish() {
    assertThat(ReportHtml.render(sample, Locale.GERMAN)).contains("<html lang=\"en\">")
        .contains("data subjects affected");
  }
}
