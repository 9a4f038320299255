package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.AssessedSubject;
import org.exposure.ExposureAnalysis;
import org.exposure.SkippedSource;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files told apart by content, whole analysis: FHIR in any Unicode encoding with or without a
 * byte-order mark, and CSV whose first cell looks like a tag or an object.
 */
class FormatDetectionTest {
  @TempDir
  Path dir;

  private static final String PATIENT_XML = "<?xml version=\"1.0\"?>\n"
      + "<Patient xmlns=\"http://hl7.org/fhir\">\n  <id value=\"p1\"/>\n"
      + "  <identifier><system value=\"http://fhir.nl/fhir/NamingSystem/bsn\"/>"
      + "<value value=\"999911120\"/></identifier>\n"
      + "  <name><family value=\"Visser\"/><given value=\"Anna\"/></name>\n"
      + "  <birthDate value=\"1980-03-14\"/>\n</Patient>\n";
  private static final String PATIENT_JSON = "{\"resourceType\":\"Patient\",\"id\":\"p1\","
      + "\"identifier\":[{\"system\":\"http://fhir.nl/fhir/NamingSystem/bsn\",\"value\":\"999911120\"}],"
      + "\"name\":[{\"family\":\"Visser\",\"given\":[\"Anna\"]}],\"birthDate\":\"1980-03-14\"}";
  private static final String OBSERVATION_JSON = "{\"resourceType\":\"Observation\",\"status\":"
      + "\"final\",\"code\":{\"text\":\"hrHPV\"},\"subject\":{\"reference\":\"Patient/p1\"},"
      + "\"valueString\":\"hrHPV positief\"}";

  private static final List<Charset> UNICODE = List.of(StandardCharsets.UTF_8,
      StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
      Charset.forName("UTF-32BE"));

  private static AnalysisResult assess(Path input) throws IOException {
    return assess(input, new ArrayList<>());
  }

  private static AnalysisResult assess(Path input, List<AssessedSubject> subjects)
      throws IOException {
    return ExposureAnalysis.of(AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
        .threads(2).build()).assess(List.of(input), subjects::add);
  }

  private Path write(String name, String text, Charset charset, boolean bom) throws IOException {
    return Files.write(dir.resolve(name), ((bom ? "\uFEFF" : "") + text).getBytes(charset));
  }

  /** XML, a JSON resource and NDJSON, in UTF-8, -16 and -32 of both byte orders, with and without a mark. */
  @Test
  void fhirInAnyUnicodeEncodingIsRead() throws IOException {
    for (Charset charset : UNICODE) {
      for (boolean bom : new boolean[] {false, true}) {
        String as = charset + (bom ? " with a mark" : " without a mark");
        for (Path file : List.of(write("p.xml", PATIENT_XML, charset, bom),
            write("p.json", "{\n  " + PATIENT_JSON.substring(1), charset, bom),
            write("p.ndjson", PATIENT_JSON + "\n" + OBSERVATION_JSON + "\n", charset, bom))) {
          List<AssessedSubject> subjects = new ArrayList<>();
          AnalysisResult r = assess(file, subjects);

          assertThat(r.skipped()).as("%s %s", file, as).isEmpty();
          assertThat(r.sources()).as(as).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo("fhir");
            assertThat(s.encoding()).isEqualTo(charset.name());
          });
          assertThat(r.recordsRejected()).as("%s %s", file, as).isZero();
          assertThat(r.recordsRead()).isEqualTo(file.toString().endsWith("ndjson") ? 2 : 1);
          assertThat(r.cohort().subjects()).isEqualTo(1);
          assertThat(subjects.get(0).assessment().exposed()).contains(FieldType.NATIONAL_ID,
              FieldType.FAMILY_NAME, FieldType.BIRTH_DATE);
          Files.delete(file);
        }
      }
    }
  }

  /**
   * A headerless CSV whose first cell is a placeholder in angle brackets, or a header whose first name
   * is, is read as CSV: every row read, none refused as XML.
   */
  @Test
  void aCsvWhoseFirstByteIsALessThanSignIsReadAsCsv() throws IOException {
    String row = "Huisartsenpraktijk Jansen;HPV positief;Amsterdam;999911120\n";
    for (String csv : List.of("<onbekend>;HPV positief;Amsterdam;Huisartsenpraktijk <naam>\n"
            + row.repeat(20),
        "<id>,naam,bsn\n1,Anna,999911120\n2,Bram,111222333\n",
        "{x};y;z\n" + "a;b;999911120\n".repeat(3),
        "<5;negatief;999911120\n<5;positief;111222333\n")) {
      for (Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE)) {
        Path file = write("lab.csv", csv, charset, charset != StandardCharsets.UTF_8);
        AnalysisResult r = assess(file);

        assertThat(r.skipped()).as(csv).isEmpty();
        assertThat(r.sources()).as(csv).singleElement().satisfies(s ->
            assertThat(s.format()).isEqualTo("csv"));
        // Its first line a header or a record, as the CSV reader judges: every other line a record.
        assertThat(r.recordsRead()).as(csv).isBetween(csv.lines().count() - 1, csv.lines().count());
        assertThat(r.recordsRead()).isEqualTo(r.recordsAssessed() + r.recordsRejected());
        Files.delete(file);
      }
    }
  }

  /** JSON and XML that are not FHIR are still taken for JSON and XML, and skipped with a reason. */
  @Test
  void jsonAndXmlThatAreNotFhirAreSkippedWithAReason() throws IOException {
    write("array.json", "\uFEFF  [{\"resourceType\":\"Patient\"}]", StandardCharsets.UTF_8, false);
    write("note.xml", "<note>\n  <to>x</to>\n</note>\n", StandardCharsets.UTF_16BE, false);
    write("patient.ndjson", PATIENT_JSON + "\n", StandardCharsets.UTF_8, false);
    AnalysisResult r = assess(dir);

    assertThat(r.skipped()).extracting(SkippedSource::reason).containsExactly(
        "a JSON array, not a FHIR resource, Bundle or NDJSON file",
        "XML, but not a FHIR resource (no http://hl7.org/fhir namespace)");
    assertThat(r.recordsRead()).isEqualTo(1);
  }

  /** A DTD is refused in every encoding: an XML start is XML however it is encoded. */
  @Test
  void xmlWithADoctypeIsRefusedInAnyEncoding() throws IOException {
    for (Charset charset : UNICODE) {
      Path file = write("evil.xml", "<!DOCTYPE Patient [<!ENTITY x \"y\">]>\n"
          + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&x;\"/></Patient>\n", charset, false);
      AnalysisResult r = assess(file);

      assertThat(r.rejections()).as(charset.name()).singleElement().satisfies(x ->
          assertThat(x.reason()).contains("DTD"));
      Files.delete(file);
    }
  }
}
