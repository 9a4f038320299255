package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.model.FieldType;

/**
 * Every scan of a value reads each of its characters a bounded number of times, on the inputs that make
 * backtracking patterns quadratic: long runs of one character class, nested separators, runs of
 * combining marks, and the two kinds side by side. Work is counted in character reads (a pattern's
 * matcher reads through the same {@link CharSequence}), never in seconds.
 */
class ScanStepsProperties {
  /** Reads allowed per character: the free-text scan runs about ten passes, some reading back a little. */
  private static final int READS_PER_CHAR = 200;

  /** The pieces long runs are made of. */
  static final List<String> UNITS = List.of("a", "Z", "1", "0", " ", "\t", ".", "@", "-", "(", ")",
      ",", "/", "_", "'", "+", "a.", "a-", "1-", "1.", "1/", "a@", "@a", "a.a@", "a ", "a 1 ", "aa 1",
      "a. 1", "1a", "a1", "é", "\u0301", "\u0301\u0316", "a\u0301", "\uD83D\uDE00", "\uD800", "carcino",
      "carcinom", "pap ", "hpv ", "NL91", "AB", "1234 ", "1234 AB ", "bsn ", "06-", "+31", "\n", "x@y.",
      "a@b.cd", "0612345678", "111222333 ", "01-01-2000 ", "NL91ABNA0417164300 ");

  /** What may stand before or after a run. */
  private static final List<String> EDGES = List.of("", "a", "!", "1", "aa 1", "Kerkstraat 1",
      "1234 AB", "x@", "@", "bsn ", ".nl", "-", " ");

  /** Each scanner that reads a value through a {@link CharSequence}. */
  static Map<String, Consumer<CharSequence>> scanners() {
    Map<String, Consumer<CharSequence>> scanners = new LinkedHashMap<>();
    scanners.put("free text", v -> EmbeddedValues.expand(FieldType.FREE_TEXT, v, new ArrayList<>()));
    scanners.put("address line",
        v -> EmbeddedValues.expand(FieldType.STREET_ADDRESS, v, new ArrayList<>()));
    scanners.put("full name", v -> EmbeddedValues.expand(FieldType.PERSON_NAME, v, new ArrayList<>()));
    scanners.put("e-mail", ValuePatterns::isEmail);
    scanners.put("street and number", ValuePatterns::isStreetAndNumber);
    scanners.put("IBAN", ValuePatterns::isIban);
    scanners.put("squash (results, test names)", ResultGrader::squash);
    return scanners;
  }

  @Property(tries = 400)
  void everyScanReadsEachCharacterABoundedNumberOfTimes(@ForAll("adversarial") String value) {
    scanners().forEach((name, scanner) -> {
      CountingChars chars = CountingChars.of(value);
      scanner.accept(chars);
      assertThat(chars.reads()).as("%s over %,d characters", name, value.length())
          .isLessThanOrEqualTo((long) READS_PER_CHAR * (value.length() + 1));
    });
  }

  /** The detectors read Strings, by hand in one pass each: on the same inputs, none throws. */
  @Property(tries = 200)
  void everyDetectorIsTotalOnAdversarialValues(@ForAll("adversarial") String value) {
    for (ValueDetector detector : ColumnClassifier.of(LocalDate.of(2025, 7, 1)).detectors()) {
      detector.matches(value);
    }
    ResultGrader.grade(value);
    Dates.parse(value);
    NameShapes.looksLikeFullName(value);
    NameShapes.isSingleFamilyName(value);
    NameShapes.isTitle(value);
  }

  @Provide
  Arbitrary<String> adversarial() {
    Arbitrary<String> unit = Arbitraries.of(UNITS);
    Arbitrary<String> edge = Arbitraries.of(EDGES);
    Arbitrary<Integer> length = Arbitraries.integers().between(200, 6000);
    Arbitrary<String> run = Combinators.combine(unit, length)
        .as((u, n) -> u.repeat(Math.max(1, n / u.length())));
    Arbitrary<String> alternating = Combinators.combine(unit, unit, length)
        .as((u, w, n) -> (u + w).repeat(Math.max(1, n / (u.length() + w.length()))));
    Arbitrary<String> framed = Combinators.combine(edge, Arbitraries.oneOf(run, alternating), edge)
        .as((before, middle, after) -> before + middle + after);
    Arbitrary<String> twoRuns = Combinators.combine(run, edge, run).as((a, e, b) -> a + e + b);
    return Arbitraries.oneOf(framed, twoRuns);
  }
}
