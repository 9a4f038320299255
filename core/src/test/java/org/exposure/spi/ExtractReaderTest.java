package org.exposure.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the first bytes of a file tell JSON and XML from CSV, in any Unicode encoding. */
class ExtractReaderTest {
  private static final String FHIR_XML = "<?xml version=\"1.0\"?>\n<Patient xmlns=\"http://hl7.org/fhir\">"
      + "<id value=\"p1\"/></Patient>\n";
  private static final String FHIR_JSON = "{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n";

  private static final List<Charset> UNICODE = List.of(StandardCharsets.UTF_8,
      StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, Charset.forName("UTF-32LE"),
      Charset.forName("UTF-32BE"));

  private static byte[] bytes(String text, Charset charset, boolean bom) {
    return ((bom ? "\uFEFF" : "") + text).getBytes(charset);
  }

  @Test
  void jsonAndXmlAreRecognisedInEveryUnicodeEncodingWithOrWithoutAMark() {
    for (Charset charset : UNICODE) {
      for (boolean bom : new boolean[] {false, true}) {
        for (String text : List.of(FHIR_XML, FHIR_JSON, "<Bundle xmlns=\"http://hl7.org/fhir\">",
            "  \n\t" + FHIR_JSON, "<Patient>\n  <id value=\"x\"/>")) {
          byte[] head = bytes(text, charset, bom);
          assertThat(ExtractReader.charsetOf(head)).as("%s bom %s", charset, bom).isEqualTo(charset);
          assertThat(ExtractReader.textOf(head)).isEqualTo(text);
          assertThat(ExtractReader.startsAsJsonOrXml(head)).as("%s bom %s: %s", charset, bom, text)
              .isTrue();
        }
        assertThat(ExtractReader.startsAsJsonOrXml(bytes("bsn;naam\n1;x\n", charset, bom)))
            .as("CSV in %s", charset).isFalse();
      }
    }
  }

  @Test
  void theMarkIsCountedByItsEncoding() {
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", StandardCharsets.UTF_8, true))).isEqualTo(3);
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", StandardCharsets.UTF_16LE, true))).isEqualTo(2);
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", StandardCharsets.UTF_16BE, true))).isEqualTo(2);
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", Charset.forName("UTF-32LE"), true)))
        .isEqualTo(4);
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", Charset.forName("UTF-32BE"), true)))
        .isEqualTo(4);
    assertThat(ExtractReader.byteOrderMarkLength(bytes("{", StandardCharsets.UTF_8, false))).isZero();
    assertThat(ExtractReader.charsetOf(new byte[0])).isEqualTo(StandardCharsets.UTF_8);
    assertThat(ExtractReader.charsetOf(new byte[] {0, 0, 0, 0})).as("NULs only")
        .isEqualTo(StandardCharsets.UTF_8);
  }

  /** A real XML start: a declaration, comment, DOCTYPE, or a start tag that goes on as XML. */
  @Test
  void xmlIsAStartThatGoesOnAsXml() {
    for (String xml : List.of(FHIR_XML, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Patient/>",
        "<!-- export -->\n<Patient xmlns=\"http://hl7.org/fhir\"/>",
        "<!DOCTYPE Patient [<!ENTITY x \"y\">]>\n<Patient/>",
        "<?xml-stylesheet href=\"a.xsl\"?>", "<fhir:Patient xmlns:fhir=\"http://hl7.org/fhir\">",
        "<Bundle>\n<entry>", "<Patient/>", "<note>Hello, world</note>\n",
        "<a href='x' id=\"1\">\n", "<Patient xmlns=\"http://hl7.org/fhir\">;odd text, after")) {
      assertThat(ExtractReader.startsAsJsonOrXml(xml.getBytes(StandardCharsets.UTF_8))).as(xml).isTrue();
    }
  }

  /** A CSV whose first cell opens with '<' or '{' is CSV: its first line is delimited fields. */
  @Test
  void aCsvWhoseFirstCellLooksLikeATagIsNotXml() {
    for (String csv : List.of("<onbekend>;HPV positief;Amsterdam;Huisartsenpraktijk <naam>\n",
        "<id>,naam\n1,Anna\n", "<id>\tnaam\n", "<leeg>|x|y\n", "<5;negatief\n", "< 0.1;x\n",
        "<naam onbekend>;x\n", "<a href=x>;y\n", "<b>x</b>;y;z\n", "<onbekend> patiënt;x;y\n",
        "<>;x\n", "<!x;y\n", "{x};y;z\n", "{ x };y\n", "{\"x\";y;z\n", "[x];y\n", "[1];y\n",
        "bsn;naam\n", "")) {
      assertThat(ExtractReader.startsAsJsonOrXml(csv.getBytes(StandardCharsets.UTF_8))).as(csv).isFalse();
      assertThat(ExtractReader.startsAsJsonOrXml(csv.getBytes(StandardCharsets.UTF_16LE)))
          .as("UTF-16LE " + csv).isFalse();
    }
  }

  @Test
  void jsonIsAnObjectWithAMemberOrAnArrayOfThem() {
    for (String json : List.of("{}", "{ \"resourceType\" : \"Patient\"}", "\uFEFF  \n{\"a\":1}",
        "[{\"resourceType\":\"Patient\"}]", "[ ]", "[[1]]", "{", "{\"" + "x".repeat(5000))) {
      assertThat(ExtractReader.startsAsJsonOrXml(json.getBytes(StandardCharsets.UTF_8))).as(json).isTrue();
    }
  }
}
