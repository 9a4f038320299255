package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.exposure.cohort.CohortSummary;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.ResultGrade;
import org.exposure.model.UnusableSourceException;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.Harm;
import org.exposure.score.SeverityLevel;
import org.exposure.score.SourceCircumstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExposureAnalysisTest {
  /** Every personal value in the two fixtures: none may appear in any output. */
  static final List<String> FIXTURE_VALUES = List.of("111222333", "Brouwer", "J.P.", "03-04-1968",
      "Lindelaan", "2281 AB", "Rijswijk", "De Linde", "999993653", "Vries", "1979-11-23",
      "Beukenstraat", "1012 NX", "Amsterdam", "Kramer", "12-12-1960", "Esdoornweg", "3511 AA",
      "Utrecht", "999990482", "Visser", "jp.brouwer@example.nl", "0612345678", "999992077",
      "l.bakker@example.com", "0687654321", "K. Smit");

  private static final AnalysisOptions CLINICAL_DIAGNOSTICS = AnalysisOptions.builder()
      .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
      .controller(ControllerType.HEALTH)
      .assessmentDate(LocalDate.of(2025, 7, 1))
      .build();

  static Path fixture(String name) {
    try {
      return Path.of(ExposureAnalysisTest.class.getResource("/analysis/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AnalysisResult assessFixtures() throws IOException {
    return ExposureAnalysis.of(CLINICAL_DIAGNOSTICS)
        .assess(List.of(fixture("screening.csv"), fixture("contacts.csv")));
  }

  @Test
  void everyRecordIsAssessedOrRejected() throws IOException {
    AnalysisResult r = assessFixtures();
    assertThat(r.recordsRead()).isEqualTo(8);
    assertThat(r.recordsAssessed()).isEqualTo(7);
    assertThat(r.recordsRejected()).isEqualTo(1);
    assertThat(r.rejections()).singleElement().satisfies(rejection -> {
      assertThat(rejection.location().source()).endsWith("screening.csv");
      assertThat(rejection.location().line()).isEqualTo(7);
      assertThat(rejection.reason()).isEqualTo("has 4 fields, the header has 12");
    });
    assertThat(r.sources()).extracting(SourceSummary::delimiter).containsExactly(";", ",");
  }

  @Test
  void rowsOfOnePersonAreLinkedWithinAndAcrossFiles() throws IOException {
    CohortSummary cohort = assessFixtures().cohort();
    // Brouwer (two rows and a contacts row, by BSN), de Vries, Kramer (two rows, by name, birth
    // date and postcode) and Bakker (contacts only).
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(FieldType.EMAIL)).isEqualTo(2);
    assertThat(cohort.count(FieldType.TEST_RESULT)).isEqualTo(3);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(ResultGrade.NORMAL)).isEqualTo(2);
  }

  @Test
  void scoresFollowTheRiskModel() throws IOException {
    AnalysisResult r = assessFixtures();
    CohortSummary cohort = r.cohort();
    assertThat(cohort.count(SeverityLevel.VERY_HIGH)).isEqualTo(3);
    assertThat(cohort.count(SeverityLevel.HIGH)).isEqualTo(1);
    assertThat(cohort.countWithScore(5.0)).isEqualTo(3);
    assertThat(cohort.countWithScore(3.25)).isEqualTo(1);
    assertThat(cohort.count(Harm.STIGMA)).isEqualTo(1);
    assertThat(cohort.count(Harm.IDENTITY_FRAUD)).isEqualTo(2);
    assertThat(cohort.count(Harm.PHISHING_EXTORTION)).isEqualTo(4);
    assertThat(r.notification().supervisoryAuthority()).isTrue();
    assertThat(r.notification().dataSubjects()).isEqualTo(4);
  }

  @Test
  void columnsAreClassifiedWithEvidence() throws IOException {
    AnalysisResult r = assessFixtures();
    assertThat(r.fields()).extracting(f -> f.classification().field() + "=" + f.classification().type())
        .contains(
        "BSN=NATIONAL_ID", "Tussenvoegsel=FAMILY_NAME", "Geboortedatum=BIRTH_DATE",
        "Postcode=POSTCODE", "hrHPV uitslag=TEST_RESULT", "Pap klasse=TEST_RESULT",
        "email=EMAIL", "telefoon=PHONE");
  }

  @Test
  void compositeAndFreeTextValuesRevealWhatTheyHoldAndLaterContradictionsAreCounted()
      throws IOException {
    AnalysisOptions twoRowSample = AnalysisOptions.builder().sampleSize(2)
        .assessmentDate(LocalDate.of(2025, 7, 1)).build();
    AnalysisResult r = ExposureAnalysis.of(twoRowSample).assess(List.of(fixture("composite.csv")));
    FieldReport bsn = field(r, "bsn");
    assertThat(bsn.classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    assertThat(bsn.values()).isEqualTo(4);
    assertThat(bsn.contradicting()).as("123456789 fails the 11-proef").isEqualTo(1);
    assertThat(field(r, "adres").revealed()).containsEntry(FieldType.POSTCODE, 4L)
        .containsEntry(FieldType.CITY, 4L).containsEntry(FieldType.HOUSE_NUMBER, 4L);
    assertThat(field(r, "naam").revealed()).containsEntry(FieldType.FAMILY_NAME, 4L);
    assertThat(field(r, "opmerking").revealed()).containsOnlyKeys(FieldType.PHONE, FieldType.TEST_RESULT);
    CohortSummary cohort = r.cohort();
    assertThat(cohort.subjects()).isEqualTo(4);
    assertThat(cohort.count(FieldType.POSTCODE)).isEqualTo(4);
    assertThat(cohort.count(FieldType.TEST_RESULT)).as("a result named in a remark").isEqualTo(1);
    assertThat(cohort.count(ResultGrade.ABNORMAL_HIGH_GRADE)).isEqualTo(1);
    assertThat(cohort.count(SeverityLevel.VERY_HIGH)).isEqualTo(1);
  }

  @Test
  void columnsAreJudgedByASpreadOfTheFileNotByItsFirstRecordsAlone(@TempDir Path dir)
      throws IOException {
    // The unnamed third column is empty in the first 2,000 records and holds e-mail addresses after.
    StringBuilder csv = new StringBuilder("volgnummer;status;kolom3\n");
    for (int i = 0; i < 12_000; i++) {
      String email = i < 2_000 ? "" : "persoon" + i + "@example.nl";
      csv.append(i).append(";verwerkt;").append(email).append('\n');
    }
    Path file = Files.writeString(dir.resolve("big.csv"), csv, StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file));
    FieldReport third = field(r, "kolom3");
    assertThat(third.classification().type()).isEqualTo(FieldType.EMAIL);
    assertThat(third.values()).isEqualTo(10_000);
    assertThat(third.contradicting()).isZero();
    assertThat(r.cohort().count(FieldType.EMAIL)).isEqualTo(10_000);
  }

  private static FieldReport field(AnalysisResult r, String header) {
    return r.fields().stream().filter(f -> f.classification().field().equals(header)).findFirst()
        .orElseThrow();
  }

  @Test
  void aSubjectInSeveralSourcesGetsTheWorstOfTheirCircumstances(@TempDir Path dir)
      throws IOException {
    // Brouwer is in both files; Bakker only in the contacts file, which was mailed to a known GP.
    Path rules = Files.writeString(dir.resolve("c.properties"),
        "contacts.csv.confidentiality = known\ncontacts.csv.malicious = false\n", StandardCharsets.UTF_8);
    AnalysisOptions options = AnalysisOptions.builder()
        .circumstances(SourceCircumstances.load(rules, BreachCircumstances.DEFAULT.withMalicious(true)))
        .controller(ControllerType.HEALTH)
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    List<AssessedSubject> subjects = new java.util.ArrayList<>();
    ExposureAnalysis.of(options).assess(List.of(fixture("screening.csv"), fixture("contacts.csv")),
        subjects::add);
    assertThat(subjects).extracting(s -> s.assessment().cb())
        .containsExactlyInAnyOrder(1.0, 1.0, 1.0, 0.25);
  }

  @Test
  void noExtractValueAppearsInTheResult() throws IOException {
    String everything = assessFixtures().toString();
    assertThat(FIXTURE_VALUES).noneMatch(everything::contains);
  }

  @Test
  void unintelligibleDataNeedNoNotification() throws IOException {
    AnalysisOptions encrypted = AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withUnintelligible(true))
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AnalysisResult r = ExposureAnalysis.of(encrypted).assess(List.of(fixture("screening.csv")));
    assertThat(r.notification().supervisoryAuthority()).isFalse();
    assertThat(r.notification().dataSubjects()).isZero();
    assertThat(r.notification().reasons()).anyMatch(s -> s.contains("Art. 34(3)(a)"));
    // Lost availability is a risk that encryption does not remove: the authority is still told.
    AnalysisOptions ransomware = AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withUnintelligible(true)
            .withAvailability(BreachCircumstances.Availability.PERMANENT))
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AnalysisResult locked = ExposureAnalysis.of(ransomware).assess(List.of(fixture("screening.csv")));
    assertThat(locked.notification().supervisoryAuthority()).isTrue();
    assertThat(locked.notification().dataSubjects()).isZero();
  }

  @Test
  void whereARecordHoldsTwoValuesTheMoreTellingMakesHerClass(@TempDir Path dir) throws IOException {
    // Two girls of one birth date and one four-digit area; each record also holds her mother's
    // birth date. Their full postcodes set them apart, and neither is aged out of being a minor.
    Path file = Files.writeString(dir.resolve("girls.csv"), String.join("\n",
        "geboortedatum;geboortedatum_moeder;postcode;pc4",
        "03-04-2012;01-01-1970;1011 AB;1011",
        "03-04-2012;05-05-1975;1011 CD;1011",
        ""), StandardCharsets.UTF_8);
    List<AssessedSubject> subjects = new java.util.ArrayList<>();
    ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file), subjects::add);
    assertThat(subjects).hasSize(2).allSatisfy(s -> {
      assertThat(s.assessment().classSize()).as("alone in her class").isEqualTo(1);
      assertThat(s.assessment().minorRaise()).as("13 on the assessment date").isEqualTo(1);
    });
  }

  @Test
  void aBirthDateThatFailsItsColumnsCheckSetsNoAge(@TempDir Path dir) throws IOException {
    // Her second record has a typo: a birth date still to come, which would win as the later date.
    Path file = Files.writeString(dir.resolve("typo.csv"), String.join("\n",
        "bsn;geboortedatum;postcode",
        "111222333;03-04-2012;1011 AB",
        "111222333;03-04-2102;1011 AB",
        ""), StandardCharsets.UTF_8);
    List<AssessedSubject> subjects = new java.util.ArrayList<>();
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file), subjects::add);
    assertThat(field(r, "geboortedatum").contradicting()).isEqualTo(1);
    assertThat(subjects).singleElement().satisfies(s ->
        assertThat(s.assessment().minorRaise()).as("13 on the assessment date").isEqualTo(1));
  }

  @Test
  void aSourceWhoseIntegrityWasLostIsNotifiedThoughTheBreachWasUnintelligible(@TempDir Path dir)
      throws IOException {
    Path rules = Files.writeString(dir.resolve("c.properties"),
        "screening.csv.integrity = unrecoverable\n", StandardCharsets.UTF_8);
    AnalysisOptions options = AnalysisOptions.builder()
        .circumstances(SourceCircumstances.load(rules,
            BreachCircumstances.DEFAULT.withUnintelligible(true)))
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AnalysisResult r = ExposureAnalysis.of(options).assess(List.of(fixture("screening.csv")));
    assertThat(r.notification().supervisoryAuthority()).isTrue();
    assertThat(r.notification().reasons()).noneMatch(s -> s.contains("were not lost"));
  }

  @Test
  void noSubjectGivesNoAdviceButTheReasonWhy(@TempDir Path dir) throws IOException {
    // Every record has the wrong number of fields: nothing is assessed.
    Path file = Files.writeString(dir.resolve("broken.csv"),
        "bsn;achternaam;postcode\n111222333;Brouwer\n999993653;de Vries\n", StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file));
    assertThat(r.recordsRejected()).isEqualTo(2);
    assertThat(r.notification().supervisoryAuthority()).isFalse();
    assertThat(r.notification().reasons()).singleElement().asString()
        .startsWith("No data subject was found").doesNotContain("unlikely to result in a risk");
  }

  @Test
  void aFileWithoutItsHeaderIsReadWholeAndItsFirstRowNamesNoColumn(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("dump.csv"), String.join("\n",
        "111222333;Brouwer;03-04-1968;1011 AB;Pap 1",
        "999993653;de Vries;1975-11-02;1234 AB",
        "999990482;Bakker;30-06-2001;3511 CD;hrHPV positief",
        ""), StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file));
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.rejections()).singleElement().satisfies(rejection -> {
      assertThat(rejection.location().line()).isEqualTo(2);
      assertThat(rejection.reason()).doesNotContain("Vries", "999993653");
    });
    assertThat(r.cohort().subjects()).isEqualTo(2);
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .containsExactly("column 1", "column 2", "column 3", "column 4", "column 5");
    assertThat(field(r, "column 1").classification().type()).isEqualTo(FieldType.NATIONAL_ID);
    String reported = r.fields().toString() + r.rejections() + r.sources();
    for (String value : List.of("111222333", "Brouwer", "03-04-1968", "1011 AB", "Pap 1")) {
      assertThat(reported).doesNotContain(value);
    }
  }

  @Test
  void whatARemarkRevealsIsExposedButNeitherLinksNorAgesHer(@TempDir Path dir) throws IOException {
    // The remark comes first; it names a partner's BSN and a mother's birth date.
    Path file = Files.writeString(dir.resolve("remarks.csv"), String.join("\n",
        "opmerking;bsn;achternaam;geboortedatum;postcode",
        "partner bsn 123456782, moeder geb. 01-01-1970;111222333;Jansen;03-04-2012;1011 AB",
        "partner bsn 123456782;999993653;de Vries;02-11-1975;1234 AB",
        ""), StandardCharsets.UTF_8);
    List<AssessedSubject> subjects = new java.util.ArrayList<>();
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(file), subjects::add);
    assertThat(r.cohort().subjects()).as("two women, not one by the partner's BSN").isEqualTo(2);
    assertThat(field(r, "opmerking").revealed()).containsKey(FieldType.NATIONAL_ID);
    // Jansen is 13 on the assessment date, whatever her mother's age: a minor raises DPC.
    assertThat(subjects).filteredOn(s -> s.assessment().minorRaise() > 0).hasSize(1);
  }

  @Test
  void aFolderIsReadFileByFileAndUnusableFilesAreSkipped(@TempDir Path dir) throws IOException {
    Files.copy(fixture("screening.csv"), dir.resolve("a.csv"));
    Files.write(dir.resolve("b.csv"), new byte[0]);
    Files.writeString(dir.resolve("c.json"), "{\"resourceType\":\"Patient\"}", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".hidden.csv"), "x\n1\n", StandardCharsets.UTF_8);
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(dir));
    assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.source()).endsWith("a.csv"));
    assertThat(r.skipped()).extracting(SkippedSource::reason).containsExactly(
        InputWalk.HIDDEN, "the file is empty; expected a header row",
        "looks like FHIR JSON or XML, but no FHIR reader is on the class path (exposure-fhir-adapter)");
  }

  /** A file named twice, in a folder and on its own, or through a link, is read once. */
  @Test
  void aFileReachedTwiceIsReadOnce(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("breach"));
    Path a = Files.copy(fixture("screening.csv"), folder.resolve("a.csv"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), a);
    Path hard = Files.createLink(dir.resolve("hard.csv"), a);
    AnalysisResult once = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(a));
    AnalysisResult r = ExposureAnalysis.of(CLINICAL_DIAGNOSTICS)
        .assess(List.of(folder, a, link, hard, dir.resolve("breach/../breach/a.csv")));

    assertThat(r.sources()).singleElement();
    assertThat(r.recordsRead()).isEqualTo(once.recordsRead());
    assertThat(r.cohort().subjects()).isEqualTo(once.cohort().subjects());
    assertThat(r.skipped()).hasSize(4)
        .allSatisfy(s -> assertThat(s.reason()).isEqualTo(ExposureAnalysis.SAME_FILE));
  }

  @Test
  void excludedFilesAreNotReadWhetherNamedOrInAFolder(@TempDir Path dir) throws IOException {
    Files.copy(fixture("screening.csv"), dir.resolve("a.csv"));
    Path key = Files.writeString(dir.resolve("exposure.key"), "00ff".repeat(16) + "\n",
        StandardCharsets.UTF_8);
    AnalysisOptions options = AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .exclude(dir.resolve("sub/../exposure.key")) // compared once normalised
        .build();
    AnalysisResult r = ExposureAnalysis.of(options).assess(List.of(dir));
    assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.source()).endsWith("a.csv"));
    assertThat(r.fields()).noneMatch(f -> f.classification().field().contains("00ff"));
    assertThatThrownBy(() -> ExposureAnalysis.of(options).assess(List.of(key)))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageContaining("no file could be read as an extract");
  }

  @Test
  void noUsableInputIsAClearError(@TempDir Path dir) throws IOException {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    assertThatThrownBy(() -> ExposureAnalysis.of(CLINICAL_DIAGNOSTICS).assess(List.of(empty)))
        .isInstanceOf(UnusableSourceException.class)
        .hasMessageContaining("empty.csv")
        .hasMessageContaining("no file could be read as an extract");
    assertThatThrownBy(() -> ExposureAnalysis.of(CLINICAL_DIAGNOSTICS)
            .assess(List.of(dir.resolve("missing.csv"))))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void forcedCsvFormatReadsWhatLooksLikeFhir(@TempDir Path dir) throws IOException {
    Path odd = Files.writeString(dir.resolve("odd.csv"), "{code}\n{x}\n", StandardCharsets.UTF_8);
    AnalysisOptions csv = AnalysisOptions.builder().format(InputFormat.CSV)
        .assessmentDate(LocalDate.of(2025, 7, 1)).build();
    AnalysisResult r = ExposureAnalysis.of(csv).assess(List.of(odd));
    assertThat(r.recordsRead()).isEqualTo(1);
    assertThat(r.recordsWithoutPersonalData()).isEqualTo(1);
    assertThat(r.cohort().subjects()).isZero();
  }
}
