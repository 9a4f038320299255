package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.exposure.model.ExposedRecord;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Patients read back by line, for contact columns: one value per type, Patients only. */
class FhirPatientsTest {
  @TempDir
  Path dir;

  private static Map<FieldType, String> byType(ExposedRecord record) {
    Map<FieldType, String> values = new HashMap<>();
    for (ExposedValue v : record.values()) {
      assertThat(values.put(v.type(), v.value())).as("one value of %s", v.type()).isNull();
    }
    return values;
  }

  /** Each Patient's contact details by location; a location may be handed over once only. */
  private static Map<Long, ExposedRecord> read(Path file, Set<Long> lines) throws IOException {
    Map<Long, ExposedRecord> found = new HashMap<>();
    FhirPatients.read(file, file.toString(), lines, f -> assertThat(
        found.put(f.contactDetails().location().line(), f.contactDetails())).isNull());
    return found;
  }

  /** Every Patient read back, by BSN: her location and her family name. */
  private static Map<String, String> byBsn(Path file, Set<Long> lines) throws IOException {
    Map<String, String> found = new HashMap<>();
    FhirPatients.read(file, "the source", lines, f -> {
      assertThat(f.exposed().location()).isEqualTo(f.contactDetails().location());
      assertThat(f.exposed().location().source()).isEqualTo("the source");
      String bsn = f.exposed().values().stream().filter(v -> v.type() == FieldType.NATIONAL_ID)
          .findFirst().orElseThrow().value();
      found.put(bsn, f.exposed().location().line() + " " + byType(f.contactDetails())
          .get(FieldType.FAMILY_NAME));
    });
    return found;
  }

  private Path fixture(String name) throws URISyntaxException {
    return Path.of(getClass().getResource("/bad-input/" + name).toURI());
  }

  /**
   * A Bundle on one line locates its entries by number, and Patients that share a location (a Bundle
   * on an NDJSON line) each come with her own values, so that the caller can tell them apart.
   */
  @Test
  void patientsThatShareALineComeEachWithHerOwnValues() throws Exception {
    assertThat(byBsn(fixture("bundle-one-line.json"), Set.of(1L, 2L))).containsOnly(
        Map.entry("999911120", "1 Zonneveld"), Map.entry("111222333", "2 Hoogstraten"));
    assertThat(byBsn(fixture("ndjson-bundle-line.ndjson"), Set.of(1L, 2L))).containsOnly(
        Map.entry("999911120", "1 Zonneveld"), Map.entry("111222333", "1 Hoogstraten"),
        Map.entry("999993653", "2 Wildeboer"));
  }

  /** A Patient the assessment could not read is passed over, and the others read back. */
  @Test
  void aPatientWithTwoQualifiersOnANamePartIsRead() throws Exception {
    assertThat(byBsn(fixture("two-qualifiers.ndjson"), Set.of(1L, 2L, 3L)))
        .containsOnly(Map.entry("111222333", "1 Hoogstraten"), Map.entry("999911120", "2 Zonneveld"));
  }

  /** A given name with only extensions and no value adds nothing: a letter read "null Anna". */
  @Test
  void aGivenNameWithOnlyExtensionsIsLeftOut() throws Exception {
    Map<Long, ExposedRecord> found = read(fixture("given-name-extensions-only.ndjson"), Set.of(1L));

    assertThat(found).containsOnlyKeys(1L);
    Map<FieldType, String> values = byType(found.get(1L));
    assertThat(values).containsEntry(FieldType.GIVEN_NAME, "Anna")
        .containsEntry(FieldType.PERSON_NAME, "Anna Visser")
        .containsEntry(FieldType.FAMILY_NAME, "Visser")
        .doesNotContainKey(FieldType.INITIALS);
    assertThat(values.values()).noneMatch(v -> v.contains("null"));
  }

  @Test
  void readsTheNlCorePatientsNamePartsAddressPartsAndTelecom() throws IOException, URISyntaxException {
    Path patient = Path.of(getClass().getResource("/nictiz/nl-core-Patient-01.xml").toURI());
    Map<Long, ExposedRecord> found = read(patient, Set.of(1L));

    assertThat(found).containsOnlyKeys(1L);
    assertThat(byType(found.get(1L)))
        .containsEntry(FieldType.FAMILY_NAME, "van Putten-van der Giessen")
        .containsEntry(FieldType.GIVEN_NAME, "Johanna Petronella Maria")
        .containsEntry(FieldType.STREET_ADDRESS, "1e Jacob van Campenstr")
        .containsEntry(FieldType.HOUSE_NUMBER, "15")
        .containsEntry(FieldType.POSTCODE, "1012 NX")
        .containsEntry(FieldType.EMAIL, "giesput@myweb.nl")
        .doesNotContainKey(FieldType.NATIONAL_ID);
  }

  @Test
  void onlyPatientsAtTheLinesAskedForAreHandedOver() throws IOException {
    Path ndjson = dir.resolve("mixed.ndjson");
    Files.writeString(ndjson, String.join("\n",
        "{\"resourceType\":\"Patient\",\"id\":\"a\",\"name\":[{\"family\":\"Visser\","
            + "\"given\":[\"Anna\"]}],\"address\":[{\"line\":[\"Dorpsstraat 4\"],"
            + "\"postalCode\":\"2281 AB\",\"city\":\"Rijswijk\"}],"
            + "\"contact\":[{\"name\":{\"family\":\"Visser\",\"given\":[\"Bram\"]}}]}",
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"hrHPV\"},"
            + "\"subject\":{\"reference\":\"Patient/a\"}}",
        "{\"resourceType\":\"Patient\",\"id\":\"b\",\"name\":[{\"family\":\"Bakker\"}]}",
        "{\"resourceType\":\"Patient\", not json") + "\n");
    Map<Long, ExposedRecord> found = read(ndjson, Set.of(1L, 2L, 4L));

    assertThat(found).containsOnlyKeys(1L);
    assertThat(byType(found.get(1L)))
        .containsEntry(FieldType.FAMILY_NAME, "Visser") // hers, not her contact's
        .containsEntry(FieldType.GIVEN_NAME, "Anna")
        .containsEntry(FieldType.STREET_ADDRESS, "Dorpsstraat 4") // no nl-core parts: the line
        .doesNotContainKey(FieldType.HOUSE_NUMBER)
        .containsEntry(FieldType.CITY, "Rijswijk");
  }
}
