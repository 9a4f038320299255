package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * The first lines of an NDJSON file may all be damaged: a complete resource line further on, at its
   * first column, tells NDJSON. A pretty-printed document whose nested resource sits on a line of its
   * own, indented, stays JSON.
   */
  @Test
  void ndjsonIsToldPastSeveralDamagedLines() throws IOException, URISyntaxException {
    Path cut = Path.of(getClass().getResource("/bad-input/ndjson-first-two-lines-cut.ndjson").toURI());
    assertThat(FhirFile.kindOf(cut, FhirFile.head(cut))).contains(Kind.NDJSON);
    String resource = "{\"resourceType\":\"Patient\",\"id\":\"p\"}\n";
    Path tenCut = Files.writeString(dir.resolve("ten.ndjson"),
        "{\"resourceType\":\"Patient\",\"na\n".repeat(10) + resource);
    assertThat(FhirFile.kindOf(tenCut, FhirFile.head(tenCut))).contains(Kind.NDJSON);
    Path tooFar = Files.writeString(dir.resolve("far.ndjson"),
        "{\"resourceType\":\"Patient\",\"na\n".repeat(FhirFile.SCAN_LINES + 1) + resource);
    assertThat(FhirFile.kindOf(tooFar, FhirFile.head(tooFar))).as("past the lines scanned")
        .contains(Kind.JSON);
    String pretty = "{\n  \"resourceType\": \"Observation\",\n  \"status\": \"final\",\n"
        + "  \"contained\": [\n    {\"resourceType\":\"Patient\",\"id\":\"p\"}\n  ],\n"
        + "  \"subject\": {\"reference\": \"#p\"}\n}\n";
    Path doc = Files.writeString(dir.resolve("pretty.json"), pretty);
    assertThat(FhirFile.kindOf(doc, FhirFile.head(doc))).contains(Kind.JSON);
  }

  /** A JSON file taken for one resource is read whole only up to a bound; a larger one is rejected. */
  @Test
  void aLargeJsonResourceIsNotLoadedWhole() throws IOException {
    Path file = Files.writeString(dir.resolve("big.json"), "{\n\"resourceType\": \"Patient\",\n"
        + "\"text\": {\"div\": \"" + "x".repeat(4096) + "\"}\n}\n");
    List<String> seen = new ArrayList<>();
    FhirFile.Visitor visitor = new FhirFile.Visitor() {
      @Override
      public void resource(FhirFile.Item item) {
        seen.add("resource " + item.line());
      }

      @Override
      public void broken(long line, String reason) {
        seen.add("broken " + line + " " + reason);
      }

      @Override
      public void unreadable(long line, String reason) {
        seen.add("unreadable " + line);
      }
    };
    FhirFile.read(file, Kind.JSON, visitor, 1024);
    assertThat(seen).singleElement().asString().startsWith("broken 1 JSON that is not a Bundle")
        .endsWith("not read");
    seen.clear();
    FhirFile.read(file, Kind.JSON, visitor);
    assertThat(seen).containsExactly("resource 1");
    assertThat(FhirFile.MAX_WHOLE_JSON).isEqualTo(64L << 20);
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
