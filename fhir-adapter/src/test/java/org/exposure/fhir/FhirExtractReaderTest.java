package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ExposureAnalysis;
import org.exposure.Progress;
import org.exposure.SkippedSource;
import org.exposure.model.FieldReport;
import org.exposure.model.FieldType;
import org.exposure.model.Rejection;
import org.exposure.model.ResultGrade;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FHIR extracts through the whole analysis: files, folders, Bundles, links and bad input. */
class FhirExtractReaderTest {
  @TempDir
  Path dir;

  private static final String PATIENT_1 = "{\"resourceType\":\"Patient\",\"id\":\"p1\","
      + "\"identifier\":[{\"system\":\"http://fhir.nl/fhir/NamingSystem/bsn\",\"value\":\"999911120\"}],"
      + "\"name\":[{\"family\":\"Visser\",\"given\":[\"Anna\"]}],\"gender\":\"female\","
      + "\"birthDate\":\"1980-03-14\",\"address\":[{\"line\":[\"Dorpsstraat 4\"],"
      + "\"postalCode\":\"2281 AB\",\"city\":\"Rijswijk\"}],"
      + "\"contact\":[{\"name\":{\"family\":\"Visser\",\"given\":[\"Bram\"]},"
      + "\"telecom\":[{\"system\":\"phone\",\"value\":\"0612345678\"}]}]}";
  private static final String PATIENT_2 = "{\"resourceType\":\"Patient\",\"id\":\"p2\","
      + "\"identifier\":[{\"system\":\"urn:oid:2.16.840.1.113883.2.4.6.3\",\"value\":\"111222333\"}],"
      + "\"name\":[{\"family\":\"Bakker\"}],\"birthDate\":\"1975-01-02\"}";

  private static String observation(String patient, String result) {
    return "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{"
        + "\"system\":\"http://loinc.org\",\"code\":\"77379-6\"}],\"text\":\"hrHPV\"},"
        + "\"subject\":{\"reference\":\"" + patient + "\"},\"valueString\":\"" + result + "\"}";
  }

  private static AnalysisResult assess(List<Path> inputs, List<AssessedSubject> subjects, int threads)
      throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .threads(threads).build()).assess(inputs, subjects::add);
  }

  /** Reads one file with the given reader alone, as the analysis reads it, listing every rejection. */
  private static AnalysisResult read(FhirExtractReader reader, Path file, int threads)
      throws IOException {
    return read(reader, file, threads, 100_000, new Progress());
  }

  private static AnalysisResult read(FhirExtractReader reader, Path file, int threads, int listed,
      Progress progress) throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .threads(threads).maxListedRejections(listed).build(), List.of(reader))
        .assess(List.of(file), subject -> {}, progress);
  }

  private Path bulkExport() throws IOException {
    Path export = Files.createDirectory(dir.resolve("export"));
    Files.writeString(export.resolve("Patient.000.ndjson"), PATIENT_1 + "\n" + PATIENT_2 + "\n");
    // Observations first in name order, and one file refers across to the other.
    Files.writeString(export.resolve("Observation.000.ndjson"), String.join("\n",
        observation("Patient/p1", "hrHPV positief"),
        observation("Patient/p2", "hrHPV negatief"),
        "{\"resourceType\":\"Observation\", not json",
        "{\"resourceType\":\"Martian\",\"id\":\"x\"}",
        observation("Patient/p9", "hrHPV positief"),
        "") + "\n");
    Files.writeString(export.resolve("manifest.json"), "{\"transactionTime\":\"2025-07-01T00:00:00Z\","
        + "\"request\":\"x\",\"requiresAccessToken\":true,\"output\":[],\"error\":[]}");
    Files.writeString(export.resolve("log.ndjson"), "{\"level\":\"info\",\"msg\":\"export done\"}\n");
    return export;
  }

  @Test
  void aBulkExportFolderIsReadWithItsLinksAndItsBadLines() throws IOException {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(bulkExport()), subjects, 2);

    assertThat(r.skipped()).extracting(SkippedSource::reason).containsExactlyInAnyOrder(
        "a bulk-export manifest; the files it lists are read from the folder",
        "JSON without a resourceType, such as a bulk-export log: not FHIR");
    assertThat(r.recordsRead()).isEqualTo(7);
    assertThat(r.recordsRejected()).isEqualTo(3);
    assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(
        "not a FHIR R4 resource HAPI FHIR can parse",
        "an unknown resource type",
        "an Observation about a patient who is not in the input");
    assertThat(r.rejections()).extracting(x -> x.location().line()).containsExactly(3L, 4L, 5L);
    assertThat(r.cohort().subjects()).isEqualTo(2);
    assertThat(subjects).allSatisfy(s -> assertThat(s.assessment().exposed())
        .contains(FieldType.NATIONAL_ID, FieldType.TEST_TYPE, FieldType.TEST_RESULT));
    assertThat(r.cohort().count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(r.cohort().count(ResultGrade.NORMAL)).isEqualTo(1);
    assertThat(r.relatedPersons().count()).as("Bram, her contact").isEqualTo(1);
    assertThat(r.relatedPersons().fieldTypes()).containsKeys(FieldType.PHONE, FieldType.GIVEN_NAME);
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .contains("Patient.identifier(bsn)", "Patient.name.family", "Observation.code");
  }

  @Test
  void theResultDoesNotDependOnTheThreads() throws IOException {
    Path export = bulkExport();
    AnalysisResult one = assess(List.of(export), new ArrayList<>(), 1);
    AnalysisResult four = assess(List.of(export), new ArrayList<>(), 4);

    assertThat(four.rejections()).isEqualTo(one.rejections());
    assertThat(four.fields()).isEqualTo(one.fields());
    assertThat(four.cohort()).isEqualTo(one.cohort());
  }

  @Test
  void aBundleJoinsEntriesByFullUrlInAnyOrder() throws IOException {
    String bundle = "{\n \"resourceType\": \"Bundle\",\n \"type\": \"transaction\",\n \"entry\": [\n"
        + "  {\"fullUrl\": \"urn:uuid:1\", \"resource\": "
        + observation("urn:uuid:2", "Pap 3a1") + "},\n"
        + "  {\"fullUrl\": \"urn:uuid:2\", \"resource\": " + PATIENT_2 + "}\n ]\n}\n";
    Path file = Files.writeString(dir.resolve("bundle.json"), "\uFEFF" + bundle, StandardCharsets.UTF_8);
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(file), subjects, 2);

    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.recordsRejected()).isZero();
    assertThat(r.cohort().count(ResultGrade.ABNORMAL_LOW_GRADE)).isEqualTo(1);
    assertThat(subjects).singleElement().satisfies(s ->
        assertThat(s.locations()).extracting(l -> l.line()).containsExactly(5L, 6L));
  }

  @Test
  void theSameWomanInCsvAndFhirIsOneSubject() throws IOException {
    Path csv = Files.writeString(dir.resolve("lab.csv"),
        "bsn;achternaam;geboortedatum\n999911120;Visser;14-03-1980\n");
    Path ndjson = Files.writeString(dir.resolve("patients.ndjson"), PATIENT_1 + "\n");
    AnalysisResult r = assess(List.of(csv, ndjson), new ArrayList<>(), 2);

    assertThat(r.sources()).extracting(s -> s.format()).containsExactly("csv", "fhir");
    assertThat(r.cohort().subjects()).isEqualTo(1);
  }

  /**
   * A failure of the analysis's own while a batch is assessed (a full disk under it, say) ends the
   * read with that failure, on any number of threads.
   */
  @Test
  void aFailingBatchEndsTheReadWithItsFailure() throws IOException {
    Path file = Files.writeString(dir.resolve("patients.ndjson"),
        (PATIENT_1 + "\n").repeat(600) + PATIENT_2 + "\n");
    Function<Resource, ResourceExposure> failing = resource -> {
      throw new UncheckedIOException(new IOException("disk full"));
    };
    for (int threads : new int[] {1, 2}) {
      assertThatThrownBy(() -> read(new FhirExtractReader(failing), file, threads))
          .isInstanceOf(IOException.class).hasMessage("disk full");
    }
  }

  private Path fixture(String name) throws Exception {
    return Files.copy(Path.of(getClass().getResource("/bad-input/" + name).toURI()),
        dir.resolve(name));
  }

  /** A first line longer than the 4 KiB head does not make the file one JSON resource. */
  @Test
  void ndjsonWithAFirstLineOverTheHeadIsReadLineByLine() throws Exception {
    AnalysisResult r = assess(List.of(fixture("ndjson-first-line-over-4k.ndjson")), new ArrayList<>(), 2);

    assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.recordsRead()).isEqualTo(3));
    assertThat(r.recordsRejected()).isZero();
    assertThat(r.cohort().subjects()).isEqualTo(1);
  }

  /** A malformed first line is rejected by its line; the lines after it are assessed. */
  @Test
  void ndjsonWithAMalformedFirstLineRejectsOnlyThatLine() throws Exception {
    AnalysisResult r = assess(List.of(fixture("ndjson-malformed-first-line.ndjson")), new ArrayList<>(), 2);

    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(1L);
      assertThat(x.reason()).isEqualTo("not a FHIR R4 resource HAPI FHIR can parse");
    });
    assertThat(r.cohort().subjects()).isEqualTo(1);
    assertThat(r.cohort().count(ResultGrade.NORMAL)).isEqualTo(1);
  }

  /**
   * An NDJSON file whose first two lines are cut is read line by line: those two are rejected by their
   * lines and every line after them assessed, instead of the whole file taken for one JSON resource.
   */
  @Test
  void ndjsonWithTwoCutFirstLinesRejectsOnlyThoseLines() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("ndjson-first-two-lines-cut.ndjson")), subjects, 2);

    assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.delimiter()).isEqualTo("ndjson"));
    assertThat(r.recordsRead()).isEqualTo(5);
    assertThat(r.rejections()).extracting(x -> x.location().line()).containsExactly(1L, 2L);
    assertThat(subjects).singleElement().satisfies(s -> {
      assertThat(s.locations()).extracting(l -> l.line()).containsExactly(3L, 4L, 5L);
      assertThat(s.assessment().exposed()).contains(FieldType.NATIONAL_ID, FieldType.TEST_RESULT);
    });
  }

  /** An entry that is not an object is rejected by its number; the entries after it are read. */
  @Test
  void oddBundleEntriesAreRejectedAndTheRestRead() throws Exception {
    AnalysisResult r = assess(List.of(fixture("bundle-odd-entries.json")), new ArrayList<>(), 2);

    assertThat(r.recordsRead()).isEqualTo(5);
    assertThat(r.recordsRejected()).isEqualTo(3);
    assertThat(r.rejections()).extracting(Rejection::reason).containsExactly(
        "Bundle entry 2 is not a JSON object; skipped",
        "Bundle entry 3 is not a JSON object; skipped",
        "Bundle entry 4 has a resource that is not a JSON object; skipped");
    assertThat(r.rejections()).extracting(x -> x.location().line()).containsExactly(6L, 7L, 8L);
    assertThat(r.cohort().subjects()).isEqualTo(1);
    assertThat(r.cohort().count(ResultGrade.NORMAL)).as("the entry after the odd ones").isEqualTo(1);
  }

  /**
   * A Bundle on one line (a newline after it or not) is read entry by entry, and its entries are
   * located by number: at line 1 all, women and rejections could not be told apart.
   */
  @Test
  void aBundleOnOneLineLocatesItsEntriesByNumber() throws Exception {
    Path withNewline = fixture("bundle-one-line.json");
    String text = Files.readString(withNewline).strip();
    Path without = Files.writeString(dir.resolve("without-newline.json"), text);
    for (Path file : List.of(withNewline, without)) {
      List<AssessedSubject> subjects = new ArrayList<>();
      AnalysisResult r = assess(List.of(file), subjects, 2);

      assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.delimiter()).isEqualTo("json"));
      assertThat(r.recordsRead()).isEqualTo(5);
      assertThat(r.rejections()).singleElement().satisfies(x -> {
        assertThat(x.location().line()).isEqualTo(4L);
        assertThat(x.reason()).isEqualTo("an Observation about a patient who is not in the input");
      });
      assertThat(subjects).extracting(s -> s.locations().stream().map(l -> l.line()).toList())
          .containsExactlyInAnyOrder(List.of(1L, 3L), List.of(2L, 5L));
    }
  }

  /**
   * The entries of a Bundle on an NDJSON line are located by that line: their numbers would pass for
   * the lines after it.
   */
  @Test
  void aBundleOnAnNdjsonLineLocatesItsEntriesByThatLine() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("ndjson-bundle-line.ndjson")), subjects, 2);

    assertThat(r.sources()).singleElement().satisfies(s -> assertThat(s.delimiter()).isEqualTo("ndjson"));
    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(subjects).extracting(s -> s.locations().stream().map(l -> l.line()).toList())
        .containsExactlyInAnyOrder(List.of(1L), List.of(1L), List.of(2L));
  }

  /**
   * An invalid code, date or decimal leaves that element empty: the Patient and her Observation are
   * still assessed, and the value is in no message.
   */
  @Test
  void invalidValuesDoNotRejectThePatientNorHerObservations() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("invalid-values.ndjson")), subjects, 2);

    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.recordsRejected()).isZero();
    assertThat(subjects).singleElement().satisfies(s -> assertThat(s.assessment().exposed())
        .contains(FieldType.NATIONAL_ID, FieldType.SEX, FieldType.BIRTH_DATE, FieldType.PHONE,
            FieldType.TEST_TYPE));
    String said = r.rejections() + " " + r.fields() + " " + r.sources();
    assertThat(said).doesNotContain("12,5", "mobile", "1980-02-30", "0612345678");
  }

  /**
   * A resource whose reading throws (here HAPI, on a name with two EN qualifiers) is rejected with its
   * line and a reason of the reader's own: neither the failure's message nor its class; the run goes
   * on.
   */
  @Test
  void aResourceThatCannotBeAssessedIsRejectedAndTheRestRead() throws Exception {
    Path file = fixture("two-qualifiers.ndjson");
    // A classification that fails on the first Patient, as HAPI once did on her two qualifiers.
    Function<Resource, ResourceExposure> failing = resource -> {
      if ("x".equals(resource.getIdElement().getIdPart())) {
        throw new IllegalArgumentException("not shown");
      }
      return ResourceClassifier.classify(resource);
    };
    for (int threads : new int[] {1, 2}) {
      AnalysisResult sink = read(new FhirExtractReader(failing), file, threads);

      assertThat(sink.sources()).singleElement().satisfies(s -> assertThat(s.recordsRead()).isEqualTo(3));
      assertThat(sink.rejections()).first().satisfies(x -> {
        assertThat(x.location().line()).isEqualTo(1L);
        assertThat(x.reason()).isEqualTo("could not be assessed: the FHIR library failed on it; "
            + "not read").doesNotContain("IllegalArgumentException", "not shown");
      });
    }
  }

  /**
   * A note may speak of someone else: what it reveals is exposed, but her age and her link come from
   * her own elements. A daughter's birth date in a note makes no minor of the mother, and a partner's
   * BSN in it links no one.
   */
  @Test
  void whatANoteRevealsIsExposedButNeitherAgesNorLinksHer() throws IOException {
    String note = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"hrHPV\"},"
        + "\"subject\":{\"reference\":\"Patient/%s\"},"
        + "\"note\":[{\"text\":\"dochter geb. 12-03-2016, partner bsn 123456782\"}]}";
    Path file = Files.writeString(dir.resolve("notes.ndjson"), String.join("\n",
        "{\"resourceType\":\"Patient\",\"id\":\"a\",\"name\":[{\"family\":\"Visser\"}],"
            + "\"birthDate\":\"1980-03-14\"}",
        "{\"resourceType\":\"Patient\",\"id\":\"b\",\"name\":[{\"family\":\"Bakker\"}],"
            + "\"birthDate\":\"1975-01-02\"}",
        String.format(note, "a"), String.format(note, "b"), ""));
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(file), subjects, 2);

    assertThat(r.recordsRejected()).isZero();
    assertThat(subjects).as("two women, not one by the partner's BSN").hasSize(2).allSatisfy(s -> {
      assertThat(s.assessment().exposed()).contains(FieldType.FREE_TEXT, FieldType.NATIONAL_ID,
          FieldType.BIRTH_DATE);
      assertThat(s.assessment().dpc()).as("the mother is no minor: no raise").isEqualTo(3);
    });
  }

  /**
   * Two Patients in a Bundle on one NDJSON line share the line; with no BSN and no postcode nothing
   * links either but her own location, and her entry number keeps them two women.
   */
  @Test
  void patientsOnOneLineWithNothingToLinkByStayTwoSubjects() throws IOException {
    String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"a\",\"name\":[{\"family\":\"Jansen\"}],"
        + "\"birthDate\":\"1970-01-01\"}},"
        + "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"b\",\"name\":[{\"family\":\"Bakker\"}],"
        + "\"birthDate\":\"1980-02-02\"}}]}";
    Path file = Files.writeString(dir.resolve("line-bundle.ndjson"), String.join("\n", bundle,
        observation("Patient/a", "hrHPV positief"), observation("Patient/b", "hrHPV negatief"), ""));
    for (int threads : new int[] {1, 2}) {
      List<AssessedSubject> subjects = new ArrayList<>();
      AnalysisResult r = assess(List.of(file), subjects, threads);

      assertThat(r.recordsRejected()).isZero();
      assertThat(subjects).as("threads: %d", threads).hasSize(2).allSatisfy(s ->
          assertThat(s.locations()).hasSize(2));
    }
  }

  /** Two EN qualifiers on one name part (nl-core STU3), which HAPI's lookup by URL refuses. */
  @Test
  void aPatientWithTwoQualifiersOnANamePartIsAssessed() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("two-qualifiers.ndjson")), subjects, 2);

    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.rejections()).isEmpty();
    assertThat(subjects).hasSize(2).allSatisfy(s ->
        assertThat(s.assessment().exposed()).contains(FieldType.NATIONAL_ID));
  }

  /**
   * Bundles within Bundles are read, their entries located where the outer entry is; a resource of a
   * type not modelled here joins the patient its subject, patient or beneficiary names, narrative and
   * all; one that names no patient is rejected for it, as is one of a patient not in the input.
   */
  @Test
  void nestedBundlesAndResourcesOfAnyTypeJoinTheirPatient() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("nested-bundles.json")), subjects, 2);

    assertThat(r.recordsRead()).isEqualTo(7);
    assertThat(r.rejections()).extracting(x -> x.location().line() + " " + x.reason()).containsExactly(
        "9 a Procedure that names no patient (no subject reference)",
        "10 a ServiceRequest about a patient who is not in the input");
    assertThat(subjects).singleElement().satisfies(s -> {
      assertThat(s.assessment().exposed()).contains(FieldType.NATIONAL_ID, FieldType.FREE_TEXT,
          FieldType.TEST_TYPE, FieldType.TEST_RESULT);
      assertThat(s.locations()).extracting(l -> l.line()).contains(5L, 6L, 8L);
    });
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .contains("Composition.text.div", "Coverage.text.div", "Observation.code");
  }

  /**
   * A resource whose subject is not a Patient (a Device, an Organization, a Group, a local reference
   * to no contained Patient) is about no patient: assessed once, not deferred and then rejected as
   * "about a patient who is not in the input". One of a patient not in the input still is.
   */
  @Test
  void resourcesAboutNoPatientAreAssessedWithoutBeingDeferred() throws Exception {
    Path file = fixture("non-patient-subjects.ndjson");
    for (int threads : new int[] {1, 2}) {
      Map<String, AtomicInteger> classified = new ConcurrentHashMap<>();
      Function<Resource, ResourceExposure> counting = resource -> {
        classified.computeIfAbsent(resource.getIdElement().getIdPart(), k -> new AtomicInteger())
            .incrementAndGet();
        return ResourceClassifier.classify(resource);
      };
      AnalysisResult sink = read(new FhirExtractReader(counting), file, threads);

      assertThat(sink.sources()).singleElement().satisfies(s -> {
        assertThat(s.recordsRead()).isEqualTo(9);
        assertThat(s.recordsRejected()).isEqualTo(1);
      });
      assertThat(sink.rejections()).singleElement().satisfies(x -> {
        assertThat(x.location().line()).isEqualTo(9L);
        assertThat(x.reason()).isEqualTo("an Observation about a patient who is not in the input");
      });
      for (String id : List.of("m1", "m2", "a1", "e1", "o1", "o2", "a2")) {
        assertThat(classified.get(id)).as("%s read once, not deferred", id).hasValue(1);
      }
      assertThat(classified.get("o3")).as("deferred, then read again").hasValue(2);
    }

    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(file), subjects, 2);
    assertThat(r.recordsRead()).isEqualTo(9);
    assertThat(r.recordsRejected()).isEqualTo(1);
    assertThat(subjects).singleElement().satisfies(s ->
        assertThat(s.locations()).extracting(l -> l.line()).containsExactly(1L, 7L, 8L));
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .contains("Media.text.div", "Encounter.text.div");
  }

  @Test
  void aReferenceNamesAPatientOnlyByHerTypeOrAFullUrl() {
    Resource none = FhirExtractReader.parse("{\"resourceType\":\"Observation\"}", FhirFile.Kind.JSON);
    Resource withP = FhirExtractReader.parse("{\"resourceType\":\"Observation\",\"contained\":[{"
        + "\"resourceType\":\"Patient\",\"id\":\"p\"},{\"resourceType\":\"Device\",\"id\":\"d\"}]}",
        FhirFile.Kind.JSON);
    for (String yes : List.of("Patient/p1", "Patient/p1/_history/2", "Patient?identifier=x|1",
        "https://example.org/fhir/Patient/p1", "urn:uuid:6e1f3c8a-0000-4000-8000-000000000001",
        "urn:oid:1.2.3")) {
      assertThat(ResourceClassifier.mayNamePatient(none, yes)).as(yes).isTrue();
    }
    for (String no : List.of("Device/d1", "Group/g", "Organization/o1",
        "https://example.org/fhir/Device/d1", "#p", "")) {
      assertThat(ResourceClassifier.mayNamePatient(none, no)).as(no).isFalse();
    }
    assertThat(ResourceClassifier.mayNamePatient(withP, "#p")).isTrue();
    assertThat(ResourceClassifier.mayNamePatient(withP, "#d")).isFalse();
  }

  /** Bundles are unwrapped to a bounded depth; a Bundle deeper still is rejected, not dropped. */
  @Test
  void aBundleNestedTooDeepIsRejected() throws IOException {
    String patient = PATIENT_2;
    String tooDeep = patient;
    for (int depth = 1; depth <= FhirExtractReader.MAX_BUNDLE_DEPTH + 1; depth++) {
      if (depth == FhirExtractReader.MAX_BUNDLE_DEPTH + 1) {
        patient = tooDeep; // wrapped as deep as is read
      }
      tooDeep = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":"
          + tooDeep + "}]}";
    }
    Path file = Files.writeString(dir.resolve("deep.ndjson"), patient + "\n" + tooDeep + "\n");
    AnalysisResult r = assess(List.of(file), new ArrayList<>(), 1);

    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(2L);
      assertThat(x.reason()).contains("nested more than " + FhirExtractReader.MAX_BUNDLE_DEPTH);
    });
    assertThat(r.cohort().subjects()).isEqualTo(1);
  }

  /**
   * A resource whose Patient comes later is deferred by its item and entry number; one whose entry
   * number does not fit the bits kept for it (here 2, in production 20: past 1,048,575 entries in one
   * item) is rejected with its location and a reason rather than deferred under another's number,
   * where it was counted neither read nor rejected, and another resource was assessed twice.
   */
  @Test
  void anEntryNumberThatDoesNotFitIsRejectedNotDeferred() throws IOException {
    StringBuilder bundle = new StringBuilder("{\"resourceType\":\"Bundle\",\"type\":\"collection\","
        + "\"entry\":[");
    for (int i = 1; i <= 5; i++) {
      bundle.append(i > 1 ? "," : "").append("{\"resource\":")
          .append(observation("Patient/p2", "hrHPV negatief")).append('}');
    }
    bundle.append("]}");
    Path file = Files.writeString(dir.resolve("many.ndjson"), bundle + "\n" + PATIENT_2 + "\n");
    for (int threads : new int[] {1, 2}) {
      AnalysisResult sink = read(new FhirExtractReader(ResourceClassifier::classify, 2), file, threads);

      assertThat(sink.sources()).singleElement().satisfies(s -> {
        assertThat(s.recordsRead()).as("five Observations and her Patient").isEqualTo(6);
        assertThat(s.recordsRejected()).as("entries 4 and 5").isEqualTo(2);
      });
      assertThat(sink.rejections()).hasSize(2).allSatisfy(x -> {
        assertThat(x.location().line()).isEqualTo(1L);
        assertThat(x.reason()).isEqualTo("an Observation about a patient not read before it, in a "
            + "Bundle entry numbered past 3 in its line; too many to hold for a second reading");
      });
    }
    assertThat(FhirExtractReader.ENTRY_BITS).isEqualTo(20);
  }

  /** What HAPI 8.12.1 gives as a contained resource's id: as written, '#' and all. */
  @Test
  void hapiKeepsAContainedIdAsWritten() {
    for (String id : new String[] {"p1", "#p1"}) {
      Resource r = FhirExtractReader.parse("{\"resourceType\":\"Observation\",\"contained\":[{"
          + "\"resourceType\":\"Patient\",\"id\":\"" + id + "\"}],\"subject\":{\"reference\":\"#p1\"}}",
          FhirFile.Kind.JSON);
      assertThat(((DomainResource) r).getContained().get(0).getIdElement().getIdPart()).isEqualTo(id);
    }
  }

  /**
   * Two exports that share a Patient id: the id names neither woman, whichever file or thread read
   * her first, so that no result is joined to another woman. The results naming it are rejected with
   * a reason of their own; the two Patients stay two subjects. The same on any number of threads,
   * with the first export large enough to be cut into parts.
   */
  @Test
  void aPatientIdTwoPatientsShareNamesNeither() throws IOException {
    Path export = Files.createDirectory(dir.resolve("merged"));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 6_000; i++) {
      many.append(PATIENT_2.replace("\"p2\"", "\"q" + i + "\"")
          .replace("Bakker", "Bakker" + i)).append('\n');
    }
    many.append(PATIENT_1.replace("\"p1\"", "\"dup\"")).append('\n');
    Files.writeString(export.resolve("a.ndjson"), many);
    Files.writeString(export.resolve("b.ndjson"),
        PATIENT_2.replace("\"p2\"", "\"dup\"") + "\n");
    Files.writeString(export.resolve("c.ndjson"),
        (observation("Patient/dup", "hrHPV positief") + "\n").repeat(50));
    assertThat(Files.size(export.resolve("a.ndjson"))).isGreaterThan(FhirExtract.MIN_CUT_BYTES);
    List<String> reports = new ArrayList<>();
    for (int threads : new int[] {1, 2, 3}) {
      List<AssessedSubject> subjects = new ArrayList<>();
      AnalysisResult r = assess(List.of(export), subjects, threads);

      assertThat(r.recordsRejected()).as("threads: %d", threads).isEqualTo(50);
      assertThat(r.rejections()).hasSize(50).allSatisfy(x -> {
        assertThat(x.location().source()).endsWith("c.ndjson");
        assertThat(x.reason()).isEqualTo("an Observation about a patient whose id two Patients in "
            + "the input share: joined to neither");
      });
      // Alice, and Bob with the 6,000 others, who share his identifier.
      assertThat(subjects).hasSize(2).noneSatisfy(s ->
          assertThat(s.locations()).anySatisfy(l -> assertThat(l.source()).endsWith("c.ndjson")));
      // Keys are random per run here: the subjects are told apart by their records.
      reports.add(subjects.stream().map(s -> s.locations().toString()).sorted().toList()
          .toString());
    }
    assertThat(reports).as("the same subjects for 1, 2 and 3 threads").containsOnly(reports.get(0));
  }

  /** A contained Patient is found by either form of her id, and what she exposes is her subject's. */
  @Test
  void containedPatientsAreSubjectsWithTheirOwnValues() throws Exception {
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(List.of(fixture("contained-patients.ndjson")), subjects, 2);

    assertThat(r.recordsRead()).isEqualTo(2);
    assertThat(r.recordsRejected()).isZero();
    assertThat(subjects).hasSize(2).allSatisfy(s -> assertThat(s.assessment().exposed())
        .contains(FieldType.FAMILY_NAME, FieldType.GIVEN_NAME, FieldType.BIRTH_DATE,
            FieldType.TEST_RESULT));
    assertThat(subjects).anySatisfy(s ->
        assertThat(s.assessment().exposed()).contains(FieldType.NATIONAL_ID));
    assertThat(r.fields()).extracting(f -> f.classification().field())
        .contains("Patient.identifier(bsn)", "Patient.name.family");
  }

  /**
   * Rejections are listed up to a bound, the first by line whatever the threads, and the rest only
   * counted: millions of orphan Observations do not fill the heap.
   */
  @Test
  void rejectionsAreKeptUpToABoundInFileOrder() throws IOException {
    int listed = 1000;
    int orphans = listed + 500;
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < orphans; i++) {
      lines.append(observation("Patient/nobody", "hrHPV positief")).append('\n');
    }
    Path file = Files.writeString(dir.resolve("orphans.ndjson"), lines);
    for (int threads : new int[] {1, 4}) {
      AnalysisResult sink = read(new FhirExtractReader(), file, threads, listed, new Progress());

      assertThat(sink.sources()).singleElement().satisfies(s ->
          assertThat(s.recordsRejected()).isEqualTo(orphans));
      assertThat(sink.rejections()).extracting(x -> x.location().line())
          .as("threads: %d", threads).isEqualTo(LongStream.rangeClosed(1, listed).boxed()
              .collect(Collectors.toList()));
    }
  }

  /**
   * Large items (document Bundles, long narratives) are read whole and every byte of the file is
   * told to the progress, on any number of threads; how batches are bounded by their text is the
   * pipeline's ({@code IngestTest}).
   */
  @Test
  void largeItemsAreReadAndEveryByteCounted() throws IOException {
    String patient = "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Visser\"}],"
        + "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
        + "x".repeat(4000) + "</div>\"}}";
    Path file = Files.writeString(dir.resolve("large.ndjson"), (patient + "\n").repeat(30));
    for (int threads : new int[] {1, 2}) {
      Progress progress = new Progress();
      AnalysisResult r = read(new FhirExtractReader(), file, threads, 100, progress);

      assertThat(r.sources()).singleElement().satisfies(s -> {
        assertThat(s.recordsRead()).isEqualTo(30);
        assertThat(s.recordsRejected()).isZero();
      });
      assertThat(progress.bytesRead()).isEqualTo(Files.size(file));
      assertThat(progress.recordsRead()).isEqualTo(30);
    }
  }

  @Test
  void xmlWithADoctypeIsNotRead() throws IOException {
    Path file = Files.writeString(dir.resolve("evil.xml"), "<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE Patient [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
        + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&xxe;\"/></Patient>\n");
    AnalysisResult r = assess(List.of(file), new ArrayList<>(), 1);

    assertThat(r.recordsRejected()).isEqualTo(1);
    assertThat(r.rejections()).singleElement().satisfies(x ->
        assertThat(x.reason()).contains("DTD"));
    assertThat(r.cohort().subjects()).isZero();
  }

  @Test
  void nictizXmlExamplesAreReadAsFiles() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("nictiz"));
    for (String name : List.of("nl-core-Patient-01.xml", "nl-core-LaboratoryTestResult-01.xml",
        "nl-core-HealthProfessional-Practitioner-01.xml")) {
      Files.copy(Path.of(getClass().getResource("/nictiz/" + name).toURI()), folder.resolve(name));
    }
    AnalysisResult r = assess(List.of(folder), new ArrayList<>(), 2);

    assertThat(r.recordsRead()).isEqualTo(3);
    assertThat(r.fields()).extracting(FieldReport::classification)
        .anySatisfy(c -> assertThat(c.type()).isEqualTo(FieldType.PROVIDER));
    assertThat(r.cohort().subjects()).isPositive();
  }
}
