package org.exposure.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.model.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers HAPI FHIR would spend minutes on, or fail on inside the JDK, are refused before it sees
 * them: the resource is rejected with its location and a reason, in every numeric element, in JSON
 * and XML, alone, in a Bundle or on an NDJSON line.
 */
class FhirNumbersTest {
  @TempDir
  Path dir;

  private static final String PATIENT = "{\"resourceType\":\"Patient\",\"id\":\"p1\","
      + "\"name\":[{\"family\":\"Visser\"}],\"birthDate\":\"1980-03-14\"}";
  private static final String BEYOND_EXPONENT = "holds a number whose exponent is beyond ±1000, "
      + "which is not handed to the FHIR parser; not read";
  private static final String TOO_MANY_DIGITS = "holds a number of more than 1000 digits, which is "
      + "not handed to the FHIR parser; not read";

  /** An Observation of her whose element (JSON, after {@code "subject":...,}) holds the number. */
  private static String observation(String element) {
    return "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"x\"},"
        + "\"subject\":{\"reference\":\"Patient/p1\"}," + element + "}";
  }

  /** Every place a number sits in R4 that HAPI reads as a decimal or an integer. */
  private static List<String> elements(String number) {
    return List.of(
        "\"valueQuantity\":{\"value\":" + number + ",\"unit\":\"mg\"}",
        "\"valueRange\":{\"low\":{\"value\":" + number + "}}",
        "\"valueRatio\":{\"numerator\":{\"value\":" + number + "}}",
        "\"valueSampledData\":{\"origin\":{\"value\":0},\"period\":" + number + ",\"dimensions\":1}",
        "\"valueInteger\":" + number,
        "\"component\":[{\"code\":{\"text\":\"y\"},\"valueQuantity\":{\"value\":" + number + "}}]",
        "\"referenceRange\":[{\"low\":{\"value\":" + number + "}}]");
  }

  private static final List<String> OUT_OF_BOUNDS = List.of("1e9999999", "1e1000000", "1e2147483647",
      "1E+2147483648", "-1e-9999999", "1e-1001", "0.5e1001", "1e0000000000000001001",
      "1" + "0".repeat(100_000), "0".repeat(100_000) + "1", "-0." + "0".repeat(1000) + "1",
      "1e99999999999999999999999");

  private AnalysisResult assess(Path file) {
    return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ExposureAnalysis.of(
        AnalysisOptions.builder().assessmentDate(LocalDate.of(2025, 7, 1)).threads(2).build())
        .assess(List.of(file), s -> { }));
  }

  private static void assertExact(AnalysisResult r) {
    assertThat(r.recordsRead()).isEqualTo(r.recordsAssessed() + r.recordsRejected());
  }

  @Test
  void anNdjsonLineWithANumberOutOfBoundsIsRejectedByItsLine() throws IOException {
    for (String number : OUT_OF_BOUNDS) {
      List<String> lines = new ArrayList<>(List.of(PATIENT));
      for (String element : elements(number)) {
        lines.add(observation(element));
      }
      lines.add(observation("\"valueQuantity\":{\"value\":12.5}"));
      Path file = Files.writeString(dir.resolve("obs.ndjson"), String.join("\n", lines) + "\n");
      AnalysisResult r = assess(file);

      String as = number.length() > 40 ? number.length() + " characters" : number;
      assertThat(r.recordsRead()).as(as).isEqualTo(lines.size());
      assertThat(r.rejections()).as(as).extracting(x -> x.location().line())
          .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
      assertThat(r.rejections()).extracting(Rejection::reason).allSatisfy(reason ->
          assertThat(reason).isIn(BEYOND_EXPONENT, TOO_MANY_DIGITS).doesNotContain(number));
      assertThat(r.recordsAssessed()).as("her Patient and the Observation of 12.5").isEqualTo(2);
      assertExact(r);
    }
  }

  /**
   * A quoted number is text: a huge exponent costs HAPI nothing there (read, or rejected as HAPI's
   * failure), and a sample number shaped like one ("24E012345") is read; only its digits are bounded.
   */
  @Test
  void quotedNumbersAreBoundedByTheirDigitsOnly() throws IOException {
    List<String> lines = new ArrayList<>(List.of(PATIENT,
        "{\"resourceType\":\"Patient\",\"id\":\"p2\",\"identifier\":[{\"system\":\"urn:lab\","
            + "\"value\":\"24E012345\"}],\"name\":[{\"family\":\"Jansen\"}]}",
        observation("\"valueString\":\"1e9999999\""),
        observation("\"valueQuantity\":{\"value\":\"1e9999999\"}"),
        observation("\"valueQuantity\":{\"value\":\"1e2147483647\"}"),
        observation("\"valueQuantity\":{\"value\":\"" + "1".repeat(100_000) + "\"}")));
    Path file = Files.writeString(dir.resolve("obs.ndjson"), String.join("\n", lines) + "\n");
    AnalysisResult r = assess(file);

    assertThat(r.recordsRead()).isEqualTo(6);
    assertThat(r.rejections()).extracting(x -> x.location().line()).containsExactly(5L, 6L);
    assertThat(r.rejections().get(1).reason()).isEqualTo(TOO_MANY_DIGITS);
    assertExact(r);
  }

  /** Within the bounds, numbers are HAPI's to read as ever: large, small, odd, or overflowing an int. */
  @Test
  void numbersWithinTheBoundsAreRead() throws IOException {
    List<String> lines = new ArrayList<>(List.of(PATIENT));
    for (String number : List.of("1e1000", "1e-1000", "-12.50", "0." + "0".repeat(900) + "1",
        "99999999999999999999", "2147483648", "-2147483649")) {
      for (String element : elements(number)) {
        lines.add(observation(element));
      }
    }
    lines.add(observation("\"valueString\":\"1e9 cells\""));
    Path file = Files.writeString(dir.resolve("obs.ndjson"), String.join("\n", lines) + "\n");
    AnalysisResult r = assess(file);

    assertThat(r.recordsRejected()).isZero();
    assertThat(r.recordsRead()).isEqualTo(lines.size());
  }

  /** An entry of a JSON Bundle is rejected alone, by its line, and the entries after it are read. */
  @Test
  void aBundleEntryWithANumberOutOfBoundsIsRejectedAlone() throws IOException {
    for (String number : List.of("1e9999999", "1" + "0".repeat(100_000))) {
      String bundle = "{\n\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n"
          + "{\"resource\":" + PATIENT + "},\n"
          + "{\"resource\":" + observation("\"valueQuantity\":{\"value\":" + number + "}") + "},\n"
          + "{\"resource\":" + observation("\"valueQuantity\":{\"value\":1.5}") + "}\n]}\n";
      Path file = Files.writeString(dir.resolve("bundle.json"), bundle);
      AnalysisResult r = assess(file);

      assertThat(r.recordsRead()).isEqualTo(3);
      assertThat(r.rejections()).singleElement().satisfies(x -> {
        assertThat(x.location().line()).isEqualTo(4L);
        assertThat(x.reason()).isIn(BEYOND_EXPONENT, TOO_MANY_DIGITS);
      });
      assertExact(r);
    }
  }

  /** A single JSON resource, a line down: located by the line the number is on. */
  @Test
  void aSingleResourceIsRejectedAtTheNumbersLine() throws IOException {
    Path file = Files.writeString(dir.resolve("obs.json"), "{\n  \"resourceType\": \"Observation\",\n"
        + "  \"status\": \"final\",\n  \"valueQuantity\": {\n    \"value\": 1e9999999\n  }\n}\n");
    AnalysisResult r = assess(file);

    assertThat(r.rejections()).singleElement().satisfies(x -> {
      assertThat(x.location().line()).isEqualTo(5L);
      assertThat(x.reason()).isEqualTo(BEYOND_EXPONENT);
    });
    assertExact(r);
  }

  /**
   * XML: a value attribute of too many digits, written plainly or with character references, anywhere
   * in the file; an attribute is text, so a large exponent alone is HAPI's to read (as in a JSON string).
   */
  @Test
  void xmlValueAttributesAreBoundedToo() throws IOException {
    for (String value : List.of("1" + "0".repeat(100_000), "&#x31;" + "0".repeat(1_000),
        " 1" + "&#48;".repeat(1_000) + " ")) {
      Path file = Files.writeString(dir.resolve("obs.xml"), "<?xml version=\"1.0\"?>\n"
          + "<!-- value=\"1e999999\" in a comment is nothing -->\n"
          + "<Observation xmlns=\"http://hl7.org/fhir\">\n  <status value=\"final\"/>\n"
          + "  <code><text value=\"x\"/></code>\n"
          + "  <valueQuantity>\n    <value value=\"" + value + "\"/>\n  </valueQuantity>\n"
          + "</Observation>\n");
      AnalysisResult r = assess(file);

      assertThat(r.rejections()).as(value.length() > 40 ? "long" : value).singleElement()
          .satisfies(x -> {
            assertThat(x.location().line()).isEqualTo(7L);
            assertThat(x.reason()).isEqualTo(TOO_MANY_DIGITS);
          });
      assertExact(r);
    }
    for (String value : List.of("1e999999", "1&#101;999999", " 1E+99999 ", "24E012345")) {
      Path file = Files.writeString(dir.resolve("obs.xml"), "<Observation xmlns=\"http://hl7.org/fhir\">"
          + "<status value=\"final\"/><code><text value=\"x\"/></code><valueQuantity><value value=\""
          + value + "\"/></valueQuantity></Observation>");
      assertThat(assess(file).rejections()).as(value).extracting(Rejection::reason)
          .doesNotContain(BEYOND_EXPONENT, TOO_MANY_DIGITS);
    }
    Path fine = Files.writeString(dir.resolve("obs.xml"), "<Observation xmlns=\"http://hl7.org/fhir\">"
        + "<!-- value=\"1e999999\" --><status value=\"final\"/><code><text value=\"x\"/></code>"
        + "<valueQuantity><value value=\"1e3\"/></valueQuantity></Observation>");
    assertThat(assess(fine).rejections()).extracting(Rejection::reason)
        .doesNotContain(BEYOND_EXPONENT, TOO_MANY_DIGITS);
  }

  /** The escapes of a JSON string are decoded before the check, as HAPI would see the value. */
  @Test
  void escapedNumbersInJsonStringsAreFound() {
    assertThat(NumberBounds.find("{\"value\":\"\\u0031" + "0".repeat(1000) + "\"}", FhirFile.Kind.JSON))
        .isNotNull();
    assertThat(NumberBounds.find("{\"value\":\"\\u0031e9999999\"}", FhirFile.Kind.JSON)).isNull();
    assertThat(NumberBounds.find("{\"value\":\"1e99\\\"9999\"}", FhirFile.Kind.JSON)).isNull();
    assertThat(NumberBounds.find("{\"div\":\"e9999999 and 1e9999999x\"}", FhirFile.Kind.JSON)).isNull();
    assertThat(NumberBounds.find("{\"v\":[1,2.5e3,-0.0]}", FhirFile.Kind.JSON)).isNull();
  }
}
