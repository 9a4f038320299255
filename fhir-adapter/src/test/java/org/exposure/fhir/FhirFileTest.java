package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposure.fhir.FhirFile.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FhirFileTest {
  @TempDir
  Path dir;

  @Test
  void theTopLevelTypeIsNotAContainedOne() {
    assertThat(FhirFile.topLevelType("{\"contained\":[{\"resourceType\":\"Patient\",\"id\":\"a\"}],"
        + "\"note\":\"a } and a \\\" in text\",\"resourceType\" : \"Observation\"}", Kind.JSON))
        .isEqualTo("Observation");
    assertThat(FhirFile.topLevelType("{\"resourceType\":\"Patient\"}", Kind.NDJSON)).isEqualTo("Patient");
    assertThat(FhirFile.topLevelType("{\"resourceType\": not json", Kind.NDJSON)).isNull();
    assertThat(FhirFile.topLevelType("<?xml version=\"1.0\"?><!-- x --><f:Patient xmlns:f="
        + "\"http://hl7.org/fhir\"/>", Kind.XML)).isEqualTo("Patient");
  }

  @Test
  void kindsAreToldByContent() {
    assertThat(FhirFile.kindOf(bytes("{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Patient\"}\n")))
        .contains(Kind.NDJSON);
    assertThat(FhirFile.kindOf(bytes("\uFEFF{\n  \"resourceType\": \"Bundle\"\n}"))).contains(Kind.JSON);
    assertThat(FhirFile.kindOf(bytes("<Patient xmlns=\"http://hl7.org/fhir\"/>"))).contains(Kind.XML);
    assertThat(FhirFile.kindOf(bytes("{\"transactionTime\":\"x\",\"output\":[]}"))).isEmpty();
    assertThat(FhirFile.kindOf(bytes("bsn;naam\n"))).isEmpty();
  }

  /** NDJSON whatever the length or state of its first line; JSON documents stay JSON. */
  @Test
  void ndjsonIsToldByItsFirstCompleteLine() throws IOException, URISyntaxException {
    for (String fixture : new String[] {"ndjson-first-line-over-4k.ndjson",
        "ndjson-malformed-first-line.ndjson"}) {
      Path file = Path.of(getClass().getResource("/bad-input/" + fixture).toURI());
      assertThat(FhirFile.kindOf(file, FhirFile.head(file))).as(fixture).contains(Kind.NDJSON);
    }
    String longLine = "{\"resourceType\":\"Patient\",\"text\":{\"div\":\"" + "x".repeat(20_000)
        + "\"}}\n{\"resourceType\":\"Patient\"}\n";
    Path longFirst = Files.writeString(dir.resolve("long.ndjson"), longLine);
    assertThat(FhirFile.kindOf(longFirst, FhirFile.head(longFirst))).contains(Kind.NDJSON);
    String entry = "{\"fullUrl\":\"urn:uuid:1\",\"resource\":{\"resourceType\":\"Patient\"}}";
    for (String json : new String[] {
        "{\n  \"resourceType\": \"Bundle\",\n  \"entry\": [\n    " + entry + "\n  ]\n}\n",
        "{\"resourceType\":\"Bundle\",\"entry\":[\n" + entry + ",\n" + entry + "\n]}\n",
        "{\"resourceType\":\"Patient\",\"id\":\"a\"}"}) {
      Path file = Files.writeString(dir.resolve("doc.json"), json);
      assertThat(FhirFile.kindOf(file, FhirFile.head(file))).as(json).contains(Kind.JSON);
    }
  }

  /** A Bundle alone on its line is a JSON Bundle; followed by more lines, it is an NDJSON line. */
  @Test
  void aMinifiedBundleIsJsonWhateverEndsIt() throws IOException {
    String bundle = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":"
        + "\"Patient\"}}]}";
    for (String json : new String[] {bundle, bundle + "\n", bundle + "\n\n", "\n" + bundle + "\n"}) {
      Path file = Files.writeString(dir.resolve("bundle.json"), json);
      assertThat(FhirFile.kindOf(file, FhirFile.head(file))).as(json).contains(Kind.JSON);
    }
    Path lines = Files.writeString(dir.resolve("bundles.ndjson"), bundle + "\n" + bundle + "\n");
    assertThat(FhirFile.kindOf(lines, FhirFile.head(lines))).contains(Kind.NDJSON);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
