package org.exposure.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes a generated screening cohort as a FHIR R4 bulk export: {@code Patient.ndjson} (nl-core
 * names and address parts, BSN, GP) and {@code Observation.ndjson} (the test, its sample number and
 * date, and the hrHPV, genotype, Pap, KOPAC-B and Bethesda results), the same data as the CSV it reads,
 * so that both exports of one cohort can be assessed and compared. Reads the generator's default CSV
 * layout (Dutch headers, {@code ;}, UTF-8, {@code dd-mm-jjjj} dates).
 *
 * <pre>{@code
 * new CohortGenerator().write(CohortSpec.builder().rows(485_000).build(), csv);
 * FhirCohortWriter.write(csv, folder);
 * }</pre>
 */
public final class FhirCohortWriter {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final String BSN = "http://fhir.nl/fhir/NamingSystem/bsn";
  private static final String AGB = "http://fhir.nl/fhir/NamingSystem/agb-z";
  private static final String ADXP = "http://hl7.org/fhir/StructureDefinition/iso21090-ADXP-";
  private static final String QUALIFIER = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-qualifier";

  private FhirCohortWriter() {}

  /**
   * Writes {@code Patient.ndjson} and {@code Observation.ndjson} into the folder.
   *
   * @return the number of resources written
   * @throws IOException if reading or writing fails
   */
  public static long write(Path csv, Path folder) throws IOException {
    Files.createDirectories(folder);
    long resources = 0;
    Set<String> patients = new HashSet<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
        .setSkipHeaderRecord(true).get();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get();
        Writer patientOut = new BufferedWriter(Files.newBufferedWriter(
            folder.resolve("Patient.ndjson"), StandardCharsets.UTF_8), 1 << 16);
        Writer observationOut = new BufferedWriter(Files.newBufferedWriter(
            folder.resolve("Observation.ndjson"), StandardCharsets.UTF_8), 1 << 16)) {
      long observation = 0;
      for (CSVRecord r : parser) {
        String bsn = r.get("bsn");
        String patientId = "p" + bsn;
        if (patients.add(bsn)) {
          patientOut.write(patient(patientId, r));
          patientOut.write('\n');
          resources++;
        }
        observationOut.write(observation("o" + ++observation, patientId, r));
        observationOut.write('\n');
        resources++;
      }
    }
    return resources;
  }

  private static String patient(String id, CSVRecord r) throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("resourceType", "Patient");
      g.writeStringField("id", id);
      g.writeArrayFieldStart("identifier");
      identifier(g, BSN, r.get("bsn"));
      g.writeEndArray();
      g.writeArrayFieldStart("name");
      g.writeStartObject();
      g.writeStringField("use", "official");
      String prefix = r.get("tussenvoegsel");
      g.writeStringField("family", prefix.isEmpty() ? r.get("achternaam")
          : prefix + " " + r.get("achternaam"));
      g.writeArrayFieldStart("given");
      g.writeString(r.get("voornaam"));
      g.writeString(r.get("voorletters"));
      g.writeEndArray();
      g.writeArrayFieldStart("_given");
      qualifier(g, "BR");
      qualifier(g, "IN");
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringField("birthDate", iso(r.get("geboortedatum")));
      g.writeArrayFieldStart("address");
      g.writeStartObject();
      g.writeArrayFieldStart("line");
      g.writeString(r.get("straat") + " " + r.get("huisnummer"));
      g.writeEndArray();
      g.writeArrayFieldStart("_line");
      g.writeStartObject();
      g.writeArrayFieldStart("extension");
      extension(g, ADXP + "streetName", r.get("straat"));
      extension(g, ADXP + "houseNumber", r.get("huisnummer"));
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringField("postalCode", r.get("postcode"));
      g.writeStringField("city", r.get("woonplaats"));
      g.writeEndObject();
      g.writeEndArray();
      if (!r.get("huisarts").isEmpty()) {
        g.writeArrayFieldStart("generalPractitioner");
        g.writeStartObject();
        g.writeObjectFieldStart("identifier");
        g.writeStringField("system", AGB);
        g.writeStringField("value", r.get("agb_huisarts"));
        g.writeEndObject();
        g.writeStringField("display", r.get("huisarts"));
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    return text.toString();
  }

  private static String observation(String id, String patientId, CSVRecord r) throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("resourceType", "Observation");
      g.writeStringField("id", id);
      g.writeArrayFieldStart("identifier");
      identifier(g, "urn:oid:2.16.528.1.1007.99.1", r.get("monsternummer"));
      g.writeEndArray();
      g.writeStringField("status", "final");
      g.writeObjectFieldStart("code");
      g.writeStringField("text", r.get("soort_onderzoek"));
      g.writeEndObject();
      g.writeObjectFieldStart("subject");
      g.writeStringField("reference", "Patient/" + patientId);
      g.writeEndObject();
      g.writeStringField("effectiveDateTime", iso(r.get("afnamedatum")));
      if (!r.get("hpv_uitslag").isEmpty()) {
        g.writeStringField("valueString", r.get("hpv_uitslag"));
      }
      g.writeArrayFieldStart("component");
      for (String result : new String[] {"hpv_genotype", "pap_klasse", "kopac_b", "bethesda"}) {
        if (!r.get(result).isEmpty()) {
          g.writeStartObject();
          g.writeObjectFieldStart("code");
          g.writeStringField("text", result);
          g.writeEndObject();
          g.writeStringField("valueString", r.get(result));
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void identifier(JsonGenerator g, String system, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("system", system);
    g.writeStringField("value", value);
    g.writeEndObject();
  }

  private static void qualifier(JsonGenerator g, String code) throws IOException {
    g.writeStartObject();
    g.writeArrayFieldStart("extension");
    g.writeStartObject();
    g.writeStringField("url", QUALIFIER);
    g.writeStringField("valueCode", code);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void extension(JsonGenerator g, String url, String value) throws IOException {
    g.writeStartObject();
    g.writeStringField("url", url);
    g.writeStringField("valueString", value);
    g.writeEndObject();
  }

  /** {@code dd-mm-jjjj} as {@code jjjj-mm-dd}. */
  private static String iso(String dutch) {
    return dutch.substring(6) + "-" + dutch.substring(3, 5) + "-" + dutch.substring(0, 2);
  }
}
