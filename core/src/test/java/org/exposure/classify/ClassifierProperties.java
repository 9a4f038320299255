package org.exposure.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.exposure.model.ColumnClassification;
import org.exposure.model.FieldType;

class ClassifierProperties {
  private static final ColumnClassifier CLASSIFIER = ColumnClassifier.of(LocalDate.of(2025, 7, 1));

  @Property(tries = 500)
  void theClassifierIsTotalOnAnyHeaderAndValues(
      @ForAll String header, @ForAll("anyValues") List<String> values) {
    ColumnClassification c = CLASSIFIER.classify("x.csv", header, values);
    assertThat(c.confidence()).isBetween(0.0, 1.0);
    assertThat(c.evidence()).isNotBlank();
  }

  @Property(tries = 300)
  void everyDetectorIsTotal(@ForAll String value) {
    for (ValueDetector detector : CLASSIFIER.detectors()) {
      detector.matches(value);
    }
    EmbeddedValues.expand(FieldType.FREE_TEXT, value, new ArrayList<>());
    EmbeddedValues.expand(FieldType.STREET_ADDRESS, value, new ArrayList<>());
    EmbeddedValues.expand(FieldType.PERSON_NAME, value, new ArrayList<>());
    ResultGrader.grade(value);
    Dates.parse(value);
  }

  @Property(tries = 300)
  void theDecisionIsDeterministicAndIndependentOfRowOrder(
      @ForAll("headers") String header, @ForAll("likelyValues") List<String> values,
      @ForAll long seed) {
    ColumnClassification first = CLASSIFIER.classify("x.csv", header, values);
    List<String> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(CLASSIFIER.classify("x.csv", header, values)).isEqualTo(first);
    assertThat(CLASSIFIER.classify("x.csv", header, shuffled)).isEqualTo(first);
  }

  /** Under a known header only the detectors that may confirm it run: the decision is the same. */
  @Property(tries = 500)
  void sparingDetectorsUnderAKnownHeaderNeverChangesTheDecision(
      @ForAll("headers") String header, @ForAll("columns") List<String> values) {
    assertThat(CLASSIFIER.decide("x.csv", header, values))
        .isEqualTo(CLASSIFIER.decide("x.csv", header, values, true));
  }

  /** The BSN rules as the reference states them, slowly: strip separators, pad, weigh. */
  @Property(tries = 2000)
  void bsnChecksFollowTheElevenTestAsStated(@ForAll("bsnLike") String value) {
    String digits = value.replaceAll("[ .-]", "");
    boolean shaped = digits.matches("[0-9]{8,9}");
    String nine = digits.length() == 8 ? "0" + digits : digits;
    assertThat(Bsn.normalize(value)).isEqualTo(shaped ? java.util.Optional.of(nine)
        : java.util.Optional.empty());
    int sum = 0;
    if (shaped) {
      for (int i = 0; i < 8; i++) {
        sum += (9 - i) * (nine.charAt(i) - '0');
      }
      sum -= nine.charAt(8) - '0';
    }
    assertThat(Bsn.isValid(value)).isEqualTo(shaped && sum > 0 && sum % 11 == 0);
  }

  @Provide
  Arbitrary<String> bsnLike() {
    return Arbitraries.strings().withChars("0123456789 .-x").ofMinLength(0).ofMaxLength(13);
  }

  @Provide
  Arbitrary<List<String>> anyValues() {
    return Arbitraries.strings().ofMaxLength(60).list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.of("bsn", "naam", "geboortedatum", "kolom1", "", "uitslag", "id", "postcode",
        "opmerking", "datum", "nummer", "email", "monsternummer", "huisarts", "achternaam", "agb",
        "kopac_b", "telefoon");
  }

  /** Values that look like what extracts hold, mixed, so that detectors compete. */
  @Provide
  Arbitrary<List<String>> likelyValues() {
    Arbitrary<String> bsnLike = Arbitraries.strings().numeric().ofLength(9);
    Arbitrary<String> dates = Arbitraries.integers().between(0, 30_000)
        .map(d -> LocalDate.of(1930, 1, 1).plusDays(d).toString());
    Arbitrary<String> words = Arbitraries.of("Jansen", "de Vries", "Marieke", "positief", "Pap 2",
        "Utrecht", "2281 AB", "a@example.nl", "06-12345678", "J.P.", "", " ");
    return Arbitraries.oneOf(bsnLike, dates, words).list().ofMaxSize(50);
  }

  /** Columns mostly of one kind of value, with a few others: the shares that decide columns. */
  @Provide
  Arbitrary<List<String>> columns() {
    Arbitrary<String> validBsns = Arbitraries.integers().between(1_000_000, 99_999_999)
        .map(ClassifierProperties::withElevenTestDigit).filter(v -> v != null);
    Arbitrary<String> dates = Arbitraries.integers().between(0, 30_000)
        .map(d -> LocalDate.of(1930, 1, 1).plusDays(d).toString());
    Arbitrary<String> postcodes = Arbitraries.integers().between(1000, 9999).map(n -> n + " AB");
    Arbitrary<String> words = Arbitraries.of("Jansen", "de Vries", "Marieke", "positief", "Pap 2",
        "Utrecht", "a@example.nl", "06-12345678", "J.P.", "Kerkstraat 12", "01234567", "");
    return Arbitraries.of(validBsns, dates, postcodes, words).flatMap(kind -> Arbitraries.frequencyOf(
        Tuple.of(9, kind), Tuple.of(1, words)).list().ofMinSize(1).ofMaxSize(40));
  }

  /** Eight digits with the ninth that makes them pass the 11-proef, or null if none does. */
  private static String withElevenTestDigit(int eightDigits) {
    String eight = String.format(java.util.Locale.ROOT, "%08d", eightDigits);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (eight.charAt(i) - '0');
    }
    int last = sum % 11;
    return last <= 9 && sum - last > 0 ? eight + last : null;
  }
}
