package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ExposureAnalysis;
import org.exposure.fhir.ElementTable.Element;
import org.exposure.fhir.ResourceExposure.PathValue;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every resource type of the element table gives typed elements: a synthetic patient Bundle in
 * Synthea's style ({@code synthea-style/bundle.json}, one resource of each type) and the same
 * resources as an NDJSON bulk export, one file per type, list each element path with its type in the
 * field report ({@code synthea-style/expected-fields.txt}; {@code -Dgolden.update=true} rewrites it).
 */
class EveryResourceTypeTest {
  private static final FhirContext R4 = FhirContext.forR4Cached();
  private static final Path EXPECTED = Path.of("src/test/resources/synthea-style/expected-fields.txt");
  private static final String PATIENT_URN = "urn:uuid:5d1e8a2c-0000-4000-8000-000000000001";

  /** Each resource of the Bundle, by its id, classified. */
  private static final Map<String, ResourceExposure> BY_ID = new LinkedHashMap<>();
  private static Bundle bundle;

  @TempDir Path dir;

  @BeforeAll
  static void classifyTheBundle() throws IOException {
    try (InputStream in = EveryResourceTypeTest.class.getResourceAsStream("/synthea-style/bundle.json")) {
      bundle = R4.newJsonParser().parseResource(Bundle.class, in);
    }
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      ResourceExposure e = ResourceClassifier.classify(entry.getResource());
      BY_ID.put(e.id, e);
    }
  }

  private static List<PathValue> values(String id) {
    return BY_ID.get(id).values;
  }

  /** Values of one path, in order. */
  private static List<String> at(String id, String path, FieldType type) {
    return values(id).stream().filter(v -> v.path().equals(path) && v.type() == type)
        .map(PathValue::value).collect(Collectors.toList());
  }

  @Test
  void everyResourceTypeOfTheTableYieldsATypedElement() {
    Set<String> types = new TreeSet<>(ElementTable.R4.rows().keySet());
    types.add("Patient");
    types.add("RelatedPerson");
    Map<String, List<ResourceExposure>> byType = BY_ID.values().stream()
        .collect(Collectors.groupingBy(e -> e.resourceType));

    assertThat(byType.keySet()).as("the fixture has one of each").containsAll(types);
    for (String type : types) {
      assertThat(byType.get(type)).as(type).anySatisfy(e -> {
        List<PathValue> typed = new ArrayList<>(e.values);
        e.relatedPersons.forEach(typed::addAll);
        assertThat(typed).as(type).anyMatch(v -> v.type() != FieldType.OTHER
            && !v.path().endsWith(".text.div"));
      });
    }
  }

  @Test
  void usCoreRaceAndEthnicityAreRacialOrEthnicOriginAndBirthSexIsSex() {
    assertThat(at("p1", "Patient.extension(us-core-race)", FieldType.RACIAL_OR_ETHNIC_ORIGIN))
        .containsExactly("2106-3", "White", "White");
    assertThat(at("p1", "Patient.extension(us-core-ethnicity)", FieldType.RACIAL_OR_ETHNIC_ORIGIN))
        .contains("2186-5", "Not Hispanic or Latino");
    assertThat(at("p1", "Patient.extension(us-core-birthsex)", FieldType.SEX)).containsExactly("F");
    assertThat(at("p1", "Patient.extension(patient-religion)", FieldType.RELIGION_OR_BELIEF))
        .contains("1013");
    assertThat(at("p1", "Patient.extension(patient-birthPlace)", FieldType.CITY))
        .containsExactly("Springfield");
    assertThat(at("p1", "Patient.identifier(national)", FieldType.NATIONAL_ID)).hasSize(1);
  }

  @Test
  void artNineObservationsAndSequencesAreTypedByWhatTheyReveal() {
    assertThat(at("r12", "Observation.valueCodeableConcept(sexual-orientation)",
        FieldType.SEX_LIFE_OR_ORIENTATION))
        .containsExactly("38628009", "Homosexual (finding)");
    assertThat(values("r12")).extracting(PathValue::type).doesNotContain(FieldType.TEST_RESULT);
    assertThat(at("r38", "Observation.component.valueCodeableConcept(genetics)",
        FieldType.GENETIC_DATA))
        .contains("BRCA1");
    assertThat(at("r38", "Observation.valueCodeableConcept(genetics)", FieldType.GENETIC_DATA))
        .contains("Present");
    assertThat(at("r37", "MolecularSequence.variant.observedAllele", FieldType.GENETIC_DATA))
        .containsExactly("T");
    // A lab result is still a result.
    assertThat(at("r11", "Observation.valueQuantity", FieldType.TEST_RESULT)).containsExactly("6.1 %");
  }

  @Test
  void codedDiagnosesAndResultsPassTheirCodeAndDisplay() {
    assertThat(at("r3", "Condition.code", FieldType.DIAGNOSIS))
        .containsExactly("10509002", "Acute bronchitis (disorder)", "Acute bronchitis (disorder)");
    assertThat(at("r2", "Encounter.reasonCode", FieldType.DIAGNOSIS))
        .containsExactly("10509002", "Acute bronchitis (disorder)");
    assertThat(at("r2", "Encounter.diagnosis.condition", FieldType.DIAGNOSIS))
        .containsExactly("Acute bronchitis");
    assertThat(at("r13", "DiagnosticReport.conclusionCode", FieldType.TEST_RESULT))
        .containsExactly("17621005", "Normal (qualifier value)");
    assertThat(at("r25", "Claim.diagnosis.diagnosisReference", FieldType.DIAGNOSIS))
        .containsExactly("Acute bronchitis");
    assertThat(at("r26", "ExplanationOfBenefit.diagnosis.diagnosisCodeableConcept",
        FieldType.DIAGNOSIS)).containsExactly("10509002", "Acute bronchitis (disorder)");
  }

  @Test
  void insuranceNumbersMedicationAndPlaces() {
    assertThat(at("r27", "Coverage.subscriberId", FieldType.INSURANCE_ID)).containsExactly("MBR-55512");
    assertThat(at("r27", "Coverage.identifier", FieldType.INSURANCE_ID)).containsExactly("POL-883301");
    assertThat(at("r25", "Claim.insurance.identifier", FieldType.INSURANCE_ID))
        .containsExactly("MBR-55512-01");
    assertThat(at("r20", "MedicationRequest.medicationCodeableConcept", FieldType.MEDICATION))
        .containsExactly("313782", "Acetaminophen 325 MG Oral Tablet");
    assertThat(at("r24", "Immunization.vaccineCode", FieldType.MEDICATION)).contains("140");
    assertThat(at("r34", "Location.position.latitude", FieldType.GEOLOCATION)).containsExactly("42.3732");
    assertThat(at("r4", "Procedure.performedPeriod", FieldType.CLINICAL_DATE)).hasSize(2);
  }

  /** Synthea lists the patient among her CareTeam's members: her name is not a provider's. */
  @Test
  void aProviderElementThatNamesHerPatientIsNoProvider() {
    assertThat(at("r8", "CareTeam.participant.member", FieldType.PROVIDER))
        .containsExactly("Dr. Rosalind Vermeer");
  }

  @Test
  void textAttachmentsAreReadAsFreeText() {
    assertThat(at("r13", "DiagnosticReport.presentedForm", FieldType.FREE_TEXT))
        .singleElement().asString().contains("acute bronchitis");
    assertThat(at("r14", "DocumentReference.content.attachment", FieldType.FREE_TEXT))
        .singleElement().asString().contains("Assessment:");
    assertThat(at("r17", "QuestionnaireResponse.item.answer.valueString", FieldType.FREE_TEXT))
        .containsExactly("Tired since my divorce");
  }

  @Test
  void rolesSayWhoIsASubject() {
    assertThat(BY_ID.get("r19").role).as("Medication").isEqualTo(Role.NO_SUBJECT);
    assertThat(BY_ID.get("r34").role).as("Location").isEqualTo(Role.NO_SUBJECT);
    assertThat(BY_ID.get("r31").role).as("Practitioner").isEqualTo(Role.PROVIDER);
    assertThat(BY_ID.get("r27").patientReference).as("Coverage.beneficiary").isEqualTo(PATIENT_URN);
    assertThat(BY_ID.get("r28").patientReference).as("Account.subject").isEqualTo(PATIENT_URN);
  }

  /** The field report of an assessment: each path with its type, sorted. */
  private static List<String> fieldReport(AnalysisResult r) {
    return r.fields().stream().map(f -> f.classification().field() + " " + f.classification().type())
        .sorted().distinct().collect(Collectors.toList());
  }

  private static AnalysisResult assess(Path input, List<AssessedSubject> subjects) throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .threads(2).build()).assess(List.of(input), subjects::add);
  }

  @Test
  void theBundlesFieldReportListsEachElementPathWithItsType() throws Exception {
    Path file = Files.copy(Path.of(getClass().getResource("/synthea-style/bundle.json").toURI()),
        dir.resolve("bundle.json"));
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(file, subjects);
    List<String> report = fieldReport(r);
    if (Boolean.getBoolean("golden.update")) {
      Files.write(EXPECTED, report, StandardCharsets.UTF_8);
    }

    assertThat(r.rejections()).isEmpty();
    assertThat(subjects).hasSize(1);
    assertThat(report).containsExactlyElementsOf(Files.readAllLines(EXPECTED, StandardCharsets.UTF_8));
  }

  /** The same resources as a bulk export: one NDJSON file per type, references as Patient/id. */
  @Test
  void aBulkExportWithOneFilePerTypeGivesTheSameFieldReport() throws Exception {
    Path export = Files.createDirectory(dir.resolve("export"));
    IParser json = R4.newJsonParser().setPrettyPrint(false);
    Map<String, List<String>> lines = new LinkedHashMap<>();
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      Resource resource = entry.getResource();
      lines.computeIfAbsent(resource.fhirType(), t -> new ArrayList<>())
          .add(json.encodeResourceToString(resource).replace(PATIENT_URN, "Patient/p1"));
    }
    for (Map.Entry<String, List<String>> file : lines.entrySet()) {
      Files.write(export.resolve(file.getKey() + ".ndjson"), file.getValue(), StandardCharsets.UTF_8);
    }
    List<AssessedSubject> subjects = new ArrayList<>();
    AnalysisResult r = assess(export, subjects);

    assertThat(r.sources()).hasSize(lines.size());
    assertThat(r.rejections()).isEmpty();
    assertThat(subjects).hasSize(1);
    assertThat(fieldReport(r))
        .containsExactlyElementsOf(Files.readAllLines(EXPECTED, StandardCharsets.UTF_8));
  }

  /** Each path of the table names an element FHIR R4 defines: a typo would type nothing, silently. */
  @Test
  void everyPathOfTheTableIsAnElementOfItsResourceType() {
    ElementTable.R4.rows().forEach((type, row) -> {
      assertThat(R4.getResourceTypes()).as(type).contains(type);
      for (Element element : row.elements()) {
        BaseRuntimeElementDefinition<?> at = R4.getResourceDefinition(type);
        List<String> names = List.of(element.path().substring(type.length() + 1).split("\\."));
        for (int i = 0; i < names.size(); i++) {
          String name = names.get(i) + (element.choice() && i == names.size() - 1 ? "[x]" : "");
          assertThat(at).as(element.toString()).isInstanceOf(BaseRuntimeElementCompositeDefinition.class);
          BaseRuntimeChildDefinition child =
              ((BaseRuntimeElementCompositeDefinition<?>) at).getChildByName(name);
          assertThat(child).as(element + ": " + name).isNotNull();
          at = child.getChildByName(element.choice() && i == names.size() - 1
              ? child.getValidChildNames().iterator().next() : name);
        }
      }
      if (row.patient() != null) {
        assertThat(R4.getResourceDefinition(type).getChildByName(row.patient().name()))
            .as(type + " names its patient").isNotNull();
      }
    });
  }

  /** docs/fhir.md shows the table: every resource type and every element path of it. */
  @Test
  void theDocsShowEveryRowOfTheTable() throws IOException {
    String docs = Files.readString(Path.of("../docs/fhir.md"), StandardCharsets.UTF_8);
    ElementTable.R4.rows().forEach((type, row) -> {
      for (Element element : row.elements()) {
        String path = element.path().substring(type.length() + 1) + (element.choice() ? "[x]" : "");
        assertThat(docs).as(element.toString())
            .containsPattern("\\| " + type + " \\|[^\\n]*`" + java.util.regex.Pattern.quote(path)
                + "` " + element.type());
      }
    });
    ElementTable.R4.extensions().forEach((url, element) ->
        assertThat(docs).as(url).contains("`" + url + "` | " + element.type()));
  }
}
