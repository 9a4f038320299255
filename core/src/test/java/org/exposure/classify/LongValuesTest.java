package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.exposure.model.ExposedValue;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values of any length are scanned whole: a remark of a million characters of one adversarial family
 * expands (a 100,000-letter remark took 43 s before issue 15, a million never ended), and a token is
 * found once wherever it stands, across the edges of the windows long remarks are scanned in.
 */
class LongValuesTest {
  private static final int MILLION = 1_000_000;
  /** A hang guard, not a timing: each case takes well under a second. */
  private static final Duration HANG = Duration.ofSeconds(60);
  private static final ColumnClassifier CLASSIFIER = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  static Stream<String> families() {
    return Stream.of("a", "1", " ", ".", "@", "-", "(", "a.", "1-", "a@", "a ", "aa 1", "a 1 ", "1.",
        "\u0301\u0316", "a\u0301", "carcino", "x@y.", "a1 .@-", "1234 AB ", "01-01-2000 ");
  }

  @ParameterizedTest
  @MethodSource("families")
  void aMillionCharacterValueOfOneFamilyIsScannedWhole(String unit) {
    String value = unit.repeat(MILLION / unit.length()) + "!";
    assertTimeoutPreemptively(HANG, () -> {
      for (FieldType type : List.of(FieldType.FREE_TEXT, FieldType.STREET_ADDRESS, FieldType.PERSON_NAME)) {
        EmbeddedValues.expand(type, value, new ArrayList<>());
      }
      for (ValueDetector detector : CLASSIFIER.detectors()) {
        detector.matches(value);
      }
      ResultGrader.grade(value);
      Dates.parse(value);
      NameShapes.looksLikeFullName(value);
      NameShapes.isSingleFamilyName(value);
    });
  }

  @Test
  void whatFollowsAMillionLettersIsStillFound() {
    String letters = "a".repeat(MILLION);
    List<String> found = assertTimeoutPreemptively(HANG, () -> expand(letters
        + " BSN 111222333, j.brouwer@example.nl, geb. 03-04-1968, Pap 3b, plaveiselcelcarcinoom"));
    assertThat(found).containsExactlyInAnyOrder("NATIONAL_ID:111222333", "EMAIL:j.brouwer@example.nl",
        "BIRTH_DATE:03-04-1968", "TEST_RESULT:Pap 3b", "TEST_RESULT:plaveiselcelcarcinoom");
    // A million letters before '@' are one local part, as the pattern had it.
    assertThat(assertTimeoutPreemptively(HANG, () -> expand(letters + "@example.nl")))
        .containsExactly("EMAIL:" + letters + "@example.nl");
  }

  /** Tokens and what each reveals alone, between spaces. */
  private static final List<String> TOKENS = List.of("BSN 111222333", "NL91ABNA0417164300",
      "NL91 ABNA 0417 1643 00", "06-12345678", "+31 6 12345678", "2281 AB", "03-04-1968",
      "geb. 03-04-1968", "Pap 3b", "hrHPV 16 positief", "j.brouwer@example.nl", "plaveiselcelcarcinoom");

  @Test
  void aTokenStraddlingAWindowEdgeIsFoundOnce() {
    int step = EmbeddedValues.WINDOW - EmbeddedValues.OVERLAP;
    for (String token : TOKENS) {
      List<String> alone = expand("x " + token + " x");
      assertThat(alone).as("a token the scan finds").isNotEmpty();
      for (int edge : new int[] {step, EmbeddedValues.WINDOW, 2 * step, step + EmbeddedValues.WINDOW}) {
        for (int at = edge - token.length() - 2; at <= edge + 2; at++) {
          String text = filler(at) + token + " " + filler(3 * EmbeddedValues.WINDOW);
          assertThat(expand(text)).as("%s at %d", token, at).isEqualTo(alone);
        }
      }
    }
  }

  @Test
  void tokensSideBySideAcrossManyWindowsAreEachFoundOnce() {
    assertThat(expand("BSN 111222333 ".repeat(5_000)))
        .hasSize(5_000).containsOnly("NATIONAL_ID:111222333");
    assertThat(expand("1/1/2000 ".repeat(5_000))).hasSize(5_000).containsOnly("CLINICAL_DATE:1/1/2000");
    assertThat(expand("NL91ABNA0417164300 ".repeat(1_000)))
        .hasSize(1_000).containsOnly("BANK_ACCOUNT:NL91ABNA0417164300");
  }

  /** Words without tokens, ending in a space, {@code length} characters long. */
  private static String filler(int length) {
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      s.append("x ");
    }
    s.setLength(length);
    if (length > 0) {
      s.setCharAt(length - 1, ' ');
    }
    return s.toString();
  }

  private static List<String> expand(String text) {
    List<ExposedValue> out = new ArrayList<>();
    EmbeddedValues.expand(FieldType.FREE_TEXT, text, out);
    List<String> shown = new ArrayList<>();
    out.forEach(v -> shown.add(v.type() + ":" + v.value()));
    return shown;
  }
}
