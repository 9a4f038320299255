package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.FieldType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long narratives are taken out of the JSON before HAPI FHIR sees it, their text read as it streams
 * by: HAPI's XHTML tree took 11 s and 0.5 GB on 10 MB, and did not end on 500 MB.
 */
class NarrativesTest {
  @TempDir
  Path dir;

  private static final String PARAGRAPH = "<p>Mevrouw <b>A.</b> Visser, BSN 9999<i>11120</i>, "
      + "woont Dorpsstraat 4 &amp; belt 06&#45;12345678<!-- a <b>comment</b> -->.</p>";
  private static final String PARAGRAPH_TEXT = "Mevrouw A. Visser, BSN 999911120, woont "
      + "Dorpsstraat 4 & belt 06-12345678.";

  /** A narrative of about {@code chars} characters of XHTML, as a JSON string's content. */
  private static String div(int chars) {
    StringBuilder div = new StringBuilder("<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">");
    while (div.length() < chars) {
      div.append(PARAGRAPH.replace("\"", "\\\""));
    }
    return div.append("</div>").toString();
  }

  private static String observation(String id, String div) {
    return "{\"resourceType\":\"Observation\",\"id\":\"" + id + "\",\"status\":\"final\","
        + "\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/p1\"},"
        + "\"text\":{\"status\":\"generated\",\"div\":\"" + div + "\"}}";
  }

  @Test
  void aShortNarrativeIsLeftToHapi() throws IOException {
    String json = observation("o1", div(1000));
    Narratives.Split split = Narratives.split(new StringReader(json));

    assertThat(split.json()).isEqualTo(json);
    assertThat(split.texts()).isEmpty();
  }

  @Test
  void aLongNarrativeIsTakenOutAsItsText() throws IOException {
    String json = observation("o1", div(3 * Narratives.INLINE));
    Narratives.Split split = Narratives.split(new StringReader(json + "\n"));

    assertThat(split.refused()).isNull();
    assertThat(split.json()).hasSizeLessThan(400).startsWith(json.substring(0, json.indexOf("<div")))
        .endsWith("</div>\"}}\n");
    assertThat(split.texts()).singleElement().satisfies(text -> {
      assertThat(text).startsWith(PARAGRAPH_TEXT + " " + PARAGRAPH_TEXT);
      assertThat(text).doesNotContain("<", "comment", "&amp;", "\\");
    });
    Resource r = FhirExtractReader.parse(split.json(), FhirFile.Kind.JSON);
    Narratives.attach(r, split.texts());
    assertThat(Narratives.attached(r)).isSameAs(split.texts().get(0));
    assertThat(ResourceClassifier.classify(r).values).anySatisfy(v -> {
      assertThat(v.path()).isEqualTo("Observation.text.div");
      assertThat(v.type()).isEqualTo(FieldType.FREE_TEXT);
      assertThat(v.value()).isSameAs(split.texts().get(0));
    });
  }

  /**
   * In a Bundle on one line, each long narrative goes to its own resource, a contained one's too;
   * a "div" that is not a narrative's, and a narrative that reads like a placeholder, are left be.
   */
  @Test
  void eachNarrativeGoesToItsOwnResource() throws IOException {
    String contained = "{\"resourceType\":\"Patient\",\"id\":\"c\",\"text\":{\"status\":\"generated\","
        + "\"div\":\"" + div(2 * Narratives.INLINE).replace("Visser", "Jansen") + "\"}}";
    String withContained = "{\"resourceType\":\"Observation\",\"id\":\"o2\",\"status\":\"final\","
        + "\"code\":{\"text\":\"div\"},\"contained\":[" + contained + "],"
        + "\"note\":[{\"text\":\"div\"}],\"div\":\"" + "y".repeat(Narratives.INLINE + 1) + "\"}";
    String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":["
        + "{\"resource\":" + observation("o1", div(2 * Narratives.INLINE)) + "},"
        + "{\"resource\":" + withContained + "},"
        + "{\"resource\":" + observation("o3", "<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
            + "exposure-narrative-0</div>") + "}]}";
    Narratives.Split split = Narratives.split(new StringReader(bundle));

    assertThat(split.texts()).hasSize(2);
    Bundle b = (Bundle) FhirExtractReader.parse(split.json(), FhirFile.Kind.JSON);
    Narratives.attach(b, split.texts());
    Resource o1 = b.getEntry().get(0).getResource();
    DomainResource o2 = (DomainResource) b.getEntry().get(1).getResource();
    Resource o3 = b.getEntry().get(2).getResource();
    assertThat(Narratives.attached(o1)).contains("Visser").doesNotContain("Jansen");
    assertThat(Narratives.attached(o2)).isNull();
    assertThat(Narratives.attached(o2.getContained().get(0))).contains("Jansen")
        .doesNotContain("Visser");
    assertThat(Narratives.attached(o3)).isNull();
  }

  /** Past the bound, a resource is refused with a reason, whatever holds its characters. */
  @Test
  void aResourcePastTheBoundIsRefused() throws IOException {
    long bound = 4 * Narratives.INLINE;
    Narratives.Split narrative = Narratives.split(new StringReader(observation("o1",
        div(5 * Narratives.INLINE))), bound);
    assertThat(narrative.refused()).isEqualTo("a narrative of more than 0 Mi characters, more than "
        + "is read of one resource; not read");
    Narratives.Split note = Narratives.split(new StringReader("{\"resourceType\":\"Observation\","
        + "\"note\":[{\"text\":\"" + "x".repeat(5 * Narratives.INLINE) + "\"}]}"), bound);
    assertThat(note.refused()).startsWith("a resource of more than 0 Mi characters besides its "
        + "narratives");
    assertThat(Narratives.split(new StringReader(observation("o1", div(3 * Narratives.INLINE))),
        bound).refused()).isNull();
  }

  /**
   * An NDJSON line with a narrative of 10 MB is read in one pass: HAPI is handed a few hundred
   * characters and the narrative's text reaches the sink whole. A line past the bound is rejected by
   * its line, and the line after it read.
   */
  @Test
  void anNdjsonLineWithAHugeNarrativeIsReadAsItStreams() throws IOException {
    Path file = dir.resolve("huge.ndjson");
    String paragraph = PARAGRAPH.replace("\"", "\\\"");
    long paragraphs = 10_000_000 / paragraph.length();
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.write("{\"resourceType\":\"Patient\",\"id\":\"p1\",\"name\":[{\"family\":\"Visser\"}]}\n");
      w.write("{\"resourceType\":\"Observation\", not json\n");
      for (long times : new long[] {1, 2}) { // lines 3 and 4: 10 MB and 20 MB of narrative
        w.write("{\"resourceType\":\"Observation\",\"id\":\"o1\",\"status\":\"final\","
            + "\"code\":{\"text\":\"x\"},\"subject\":{\"reference\":\"Patient/p1\"},"
            + "\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/"
            + "xhtml\\\">");
        for (long i = 0; i < times * paragraphs; i++) {
          w.write(paragraph);
        }
        w.write("</div>\"}}\n");
      }
      w.write(observation("o2", div(3 * Narratives.INLINE)) + "\n");
    }
    List<FhirFile.Item> items = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    FhirFile.read(file, FhirFile.Kind.NDJSON, new FhirFile.Visitor() {
      @Override
      public void resource(FhirFile.Item item) {
        items.add(item);
      }

      @Override
      public void broken(long line, String reason) {
        refused.add(line + " " + reason);
      }

      @Override
      public void unreadable(long line, String reason) {
        refused.add(line + " " + reason);
      }
    }, FhirFile.MAX_WHOLE_JSON, 16L << 20);

    assertThat(refused).containsExactly("4 a narrative of more than 16 Mi characters, more than is "
        + "read of one resource; not read");
    assertThat(items).extracting(FhirFile.Item::line).containsExactly(1L, 2L, 3L, 5L);
    assertThat(items.get(2).text()).hasSizeLessThan(400);
    assertThat(items.get(2).narratives()).singleElement().satisfies(t ->
        assertThat(t).startsWith(PARAGRAPH_TEXT).hasSizeGreaterThan((int) paragraphs
            * PARAGRAPH_TEXT.length()));

    // The free texts the classification is given, by their lengths.
    List<Long> freeText = new CopyOnWriteArrayList<>();
    Function<Resource, ResourceExposure> recording = resource -> {
      ResourceExposure e = ResourceClassifier.classify(resource);
      e.values.stream().filter(v -> v.type() == FieldType.FREE_TEXT)
          .forEach(v -> freeText.add((long) v.value().length()));
      return e;
    };
    AnalysisResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
        ExposureAnalysis.of(AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1))
            .threads(2).build(), List.of(new FhirExtractReader(recording)))
            .assess(List.of(file)));
    assertThat(r.sources()).singleElement().satisfies(s -> {
      assertThat(s.recordsRead()).isEqualTo(5);
      assertThat(s.recordsRejected()).isEqualTo(1);
    });
    assertThat(r.rejections()).singleElement().satisfies(x ->
        assertThat(x.location().line()).isEqualTo(2L));
    assertThat(freeText).as("the 10 MB and 20 MB narratives' text, and the short one's")
        .hasSize(3).filteredOn(length -> length > paragraphs * PARAGRAPH_TEXT.length()).hasSize(2);
  }

  /**
   * XML: a long narrative (with divs in it) is taken out as from JSON, in each entry of a Bundle read
   * whole; a short one is left to HAPI.
   */
  @Test
  void xmlNarrativesAreTakenOutToo() throws IOException {
    String xhtml = div(2 * Narratives.INLINE).replace("\\\"", "\"");
    String nested = xhtml.replace("<p>", "<div class=\"x\"><p>").replace("</p>", "</p></div>");
    String entry = "<entry><resource><Observation><id value=\"%s\"/><text><status value=\"generated\"/>"
        + "%s</text><status value=\"final\"/><code><text value=\"x\"/></code></Observation>"
        + "</resource></entry>\n";
    String xml = "<Bundle xmlns=\"http://hl7.org/fhir\"><type value=\"collection\"/>\n"
        + String.format(entry, "o1", nested) + String.format(entry, "o2", div(200).replace("\\\"", "\""))
        + String.format(entry, "o3", xhtml.replace("Visser", "Jansen")) + "</Bundle>\n";
    Narratives.Split split = Narratives.splitXml(xml, Narratives.MAX_CHARS);

    assertThat(split.texts()).hasSize(2);
    assertThat(split.json()).hasSizeLessThan(2000);
    Bundle b = (Bundle) FhirExtractReader.parse(split.json(), FhirFile.Kind.XML);
    Narratives.attach(b, split.texts());
    assertThat(Narratives.attached(b.getEntry().get(0).getResource())).startsWith(PARAGRAPH_TEXT)
        .doesNotContain("Jansen", "<");
    assertThat(Narratives.attached(b.getEntry().get(1).getResource())).isNull();
    assertThat(Narratives.attached(b.getEntry().get(2).getResource())).contains("Jansen");
    assertThat(Narratives.splitXml(xml, 3 * Narratives.INLINE).refused()).startsWith("a narrative");
  }

  /** A key written with escapes is the key HAPI reads: "d\u0069v" in "te\u0078t" is a narrative. */
  @Test
  void escapedKeysNameTheNarrativeToo() throws IOException {
    String json = observation("o1", div(3 * Narratives.INLINE))
        .replace("\"text\":{", "\"\\u0074\\u0065\\u0078\\u0074\":{")
        .replace("\"div\":", "\"d\\u0069v\":");
    Narratives.Split split = Narratives.split(new StringReader(json));

    assertThat(split.texts()).singleElement().satisfies(t -> assertThat(t).startsWith(PARAGRAPH_TEXT));
    assertThat(split.json()).hasSizeLessThan(400);
  }

  /** Whatever its prefix and wherever its namespace is declared, a div is a narrative's. */
  @Test
  void aPrefixedXmlDivIsTakenOut() {
    String body = div(2 * Narratives.INLINE).replace("\\\"", "\"")
        .replace("<div xmlns=\"http://www.w3.org/1999/xhtml\">", "<h:div>").replace("</div>", "</h:div>");
    String xml = "<Observation xmlns=\"http://hl7.org/fhir\" xmlns:h=\"http://www.w3.org/1999/xhtml\">"
        + "<text><status value=\"generated\"/>" + body + "</text><status value=\"final\"/></Observation>";
    Narratives.Split split = Narratives.splitXml(xml, Narratives.MAX_CHARS);

    assertThat(split.texts()).singleElement().satisfies(t -> assertThat(t).startsWith(PARAGRAPH_TEXT));
    assertThat(split.json()).hasSizeLessThan(600).endsWith("</text><status value=\"final\"/></Observation>");
  }

  /**
   * Hostile XML is split in one pass: tags that never end, divs that never close, character references
   * without their ';' (each took a scan to the end of the file, a megabyte of them hours). A hang
   * guard, not a timing: each takes milliseconds.
   */
  @Test
  void hostileXmlIsSplitInOnePass() {
    String open = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";
    List<String> hostile = List.of("<Observation>" + "<div".repeat(250_000),
        "<Observation>" + open.repeat(30_000) + "x".repeat(Narratives.INLINE + 1),
        "<Observation>" + "<p title=\">".repeat(100_000),
        "<Observation><value value=\"" + "&".repeat(1_000_000) + "\"/></Observation>",
        "<Observation>" + "<!--".repeat(250_000));
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String xml : hostile) {
        assertThat(Narratives.splitXml(xml, Narratives.MAX_CHARS).texts()).isEmpty();
        NumberBounds.find(xml, FhirFile.Kind.XML);
      }
    });
  }


}
