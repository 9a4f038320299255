package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.exposure.fhir.ResourceExposure.PathValue;
import org.exposure.fhir.ResourceExposure.Role;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** The Nictiz nl-core examples (CC0) classify as a Dutch DPO would expect. */
class NictizExamplesTest {
  private static final FhirContext R4 = FhirContext.forR4Cached();

  private static ResourceExposure classify(String example) throws IOException {
    try (InputStream in = NictizExamplesTest.class.getResourceAsStream("/nictiz/" + example)) {
      return ResourceClassifier.classify((Resource) R4.newXmlParser().parseResource(in));
    }
  }

  /** Each type's values, in order. */
  private static Map<FieldType, List<String>> byType(List<PathValue> values) {
    return values.stream().collect(Collectors.groupingBy(PathValue::type,
        Collectors.mapping(PathValue::value, Collectors.toList())));
  }

  @Test
  void patientHasHerBsnNamePartsAddressPartsAndContacts() throws IOException {
    ResourceExposure e = classify("nl-core-Patient-01.xml");

    assertThat(e.role).isEqualTo(Role.PATIENT);
    Map<FieldType, List<String>> types = byType(e.values);
    assertThat(types.get(FieldType.NATIONAL_ID)).containsExactly("111222333");
    assertThat(e.values).filteredOn(v -> v.type() == FieldType.NATIONAL_ID)
        .extracting(PathValue::path).containsExactly("Patient.identifier(bsn)");
    assertThat(types.get(FieldType.FAMILY_NAME)).containsExactly("van Putten-van der Giessen");
    assertThat(types.get(FieldType.GIVEN_NAME)).contains("Johanna", "Petronella", "Maria", "Jo");
    assertThat(types.get(FieldType.BIRTH_DATE)).containsExactly("1934-04-28");
    assertThat(types.get(FieldType.SEX)).containsExactly("female");
    assertThat(types.get(FieldType.PHONE)).containsExactly("+31611234567");
    assertThat(types.get(FieldType.EMAIL)).containsExactly("giesput@myweb.nl");
    assertThat(types.get(FieldType.POSTCODE)).containsExactly("1012 NX");
    assertThat(types).containsKeys(FieldType.STREET_ADDRESS, FieldType.CITY, FieldType.FREE_TEXT);
    assertThat(e.relatedPersons).as("her contact person").isNotEmpty();
  }

  @Test
  void addressLineExtensionsGiveStreetAndHouseNumber() throws IOException {
    ResourceExposure e = classify("nl-core-TreatmentDirective2-02-Patient-01.xml");

    Map<FieldType, List<String>> types = byType(e.values);
    assertThat(types.get(FieldType.NATIONAL_ID)).containsExactly("999911120");
    assertThat(types).containsKeys(FieldType.STREET_ADDRESS, FieldType.HOUSE_NUMBER,
        FieldType.POSTCODE, FieldType.CITY);
    assertThat(e.values).extracting(PathValue::path)
        .contains("Patient.address.line.streetName", "Patient.address.line.houseNumber");
  }

  @Test
  void nameInformationKeepsInitialsApart() throws IOException {
    ResourceExposure e = classify("nl-core-NameInformation-complete.xml");

    assertThat(byType(e.values)).containsKeys(FieldType.FAMILY_NAME);
    assertThat(e.values).extracting(PathValue::type)
        .containsAnyOf(FieldType.INITIALS, FieldType.GIVEN_NAME);
  }

  @Test
  void practitionersAndOrganisationsAreProvidersNotSubjects() throws IOException {
    for (String example : List.of("nl-core-HealthProfessional-Practitioner-01.xml",
        "nl-core-SOAPReport-01-Practitioner-01.xml", "nl-core-HealthcareProvider-Organization-01.xml")) {
      ResourceExposure e = classify(example);

      assertThat(e.role).as(example).isEqualTo(Role.PROVIDER);
      assertThat(e.values).as(example).extracting(PathValue::type)
          .contains(FieldType.PROVIDER).doesNotContain(FieldType.NATIONAL_ID);
    }
    assertThat(byType(classify("nl-core-SOAPReport-01-Practitioner-01.xml").values)
        .get(FieldType.PROVIDER)).as("the AGB code").contains("01999999");
  }

  @Test
  void labResultsHaveTheirTestAndResultAndTheirPatient() throws IOException {
    for (String example : List.of("nl-core-LaboratoryTestResult-01.xml",
        "nl-core-LaboratoryTestResult-02.xml", "nl-core-LaboratoryTestResult-LaboratoryTest-05.xml")) {
      ResourceExposure e = classify(example);

      assertThat(e.role).as(example).isEqualTo(Role.ABOUT_PATIENT);
      assertThat(e.values).as(example).extracting(PathValue::type).contains(FieldType.TEST_TYPE);
      assertThat(e.patientReference).as(example).startsWith("Patient/");
    }
    assertThat(classify("nl-core-LaboratoryTestResult-01.xml").values).extracting(PathValue::type)
        .contains(FieldType.TEST_RESULT);
  }

  @Test
  void specimenIsAboutItsPatient() throws IOException {
    ResourceExposure e = classify("nl-core-LaboratoryTestResult.Specimen-01.xml");

    assertThat(e.role).isEqualTo(Role.ABOUT_PATIENT);
    assertThat(e.values).extracting(PathValue::type).contains(FieldType.TEST_TYPE);
  }

  @Test
  void toStringShowsNoValue() throws IOException {
    ResourceExposure e = classify("nl-core-Patient-01.xml");

    assertThat(e.toString()).doesNotContain("111222333").doesNotContain("Putten");
    assertThat(e.values.get(0).toString()).doesNotContain("111222333");
  }
}
