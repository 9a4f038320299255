package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exposure.model.FieldType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scores the library on the generated corpus (issue 17; {@code docs/evaluation.md}). The corpus is
 * written into {@code target/corpus/} and each layout is assessed on its own.
 *
 * <ul>
 *   <li>{@link #tuningPart}: the layouts the classifier may be adjusted on. Prints the per-type table,
 *       every wrong field (layout, header or element, expected, actual: never a value) and each
 *       layout's subjects and grades, writes them to {@code target/evaluation.md}, then asserts.
 *   <li>{@link #heldOutPart}: every third of the first layouts ({@link Corpus#isHeldOut}). Same
 *       thresholds; prints aggregate figures only, unless {@code -Dexposure.eval.detail=true}.
 *   <li>{@link #freshPart}: the layouts of {@link FreshLayouts}, written after the tuning and after the
 *       held-out part had been read, by someone who saw neither the classifier nor a figure. Same
 *       thresholds; aggregate figures only, unless {@code -Dexposure.eval.detail=true}.
 * </ul>
 *
 * <p>Thresholds: type precision and recall at least 0.98 over all fields and for every type with at
 * least 20 fields in the whole corpus (counted from the truth, so that the held-out part, a third of
 * the fields, is held to the same types); at least 0.99 of true subjects with the right worst grade;
 * subjects exact in every layout. The figures are printed before any assertion can fail.
 */
class CorpusEvaluationTest {
  static final double MIN_TYPES = 0.98;
  static final double MIN_GRADES = 0.99;
  static final int MIN_SUPPORT = 20;

  private static List<Corpus.Layout> corpus;
  private static final Map<Corpus.Part, Evaluation> EVALUATIONS =
      new EnumMap<>(Corpus.Part.class);

  @Test
  void corpusIsWellFormed() throws IOException {
    List<Corpus.Layout> layouts = corpus();
    assertThat(layouts).hasSizeGreaterThanOrEqualTo(44);
    Set<Country> countries = layouts.stream().map(l -> l.truth().country())
        .collect(Collectors.toSet());
    assertThat(countries).hasSizeGreaterThanOrEqualTo(5);
    assertThat(layouts.stream().filter(l -> l.truth().isFhir())).hasSizeGreaterThanOrEqualTo(4);
    List<Corpus.Layout> first = layouts.stream().filter(l -> !l.late()).toList();
    long heldOut = first.stream().filter(Corpus.Layout::heldOut).count();
    assertThat(heldOut * 3).isBetween((long) first.size() - 3, (long) first.size() + 3);
    List<Corpus.Layout> fresh = part(layouts, Corpus.Part.FRESH);
    assertThat(fresh).hasSizeGreaterThanOrEqualTo(12);
    assertThat(fresh.stream().map(l -> l.truth().country()).distinct())
        .hasSizeGreaterThanOrEqualTo(4);
    List<Corpus.Layout> second = part(layouts, Corpus.Part.SECOND_FRESH);
    assertThat(second).hasSizeGreaterThanOrEqualTo(20);
    assertThat(second.stream().map(l -> l.truth().country()).distinct())
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(layouts.stream().map(Corpus.Layout::name).distinct()).hasSameSizeAs(layouts);
    List<Corpus.Layout> third = part(layouts, Corpus.Part.THIRD_FRESH);
    assertThat(third).hasSizeGreaterThanOrEqualTo(20);
    List<Corpus.Layout> blind = part(layouts, Corpus.Part.BLIND);
    assertThat(blind).hasSizeGreaterThanOrEqualTo(10);
    List<Corpus.Layout> secondBlind = part(layouts, Corpus.Part.SECOND_BLIND);
    assertThat(secondBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> thirdBlind = part(layouts, Corpus.Part.THIRD_BLIND);
    assertThat(thirdBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> fourthBlind = part(layouts, Corpus.Part.FOURTH_BLIND);
    assertThat(fourthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> fifthBlind = part(layouts, Corpus.Part.FIFTH_BLIND);
    assertThat(fifthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> sixthBlind = part(layouts, Corpus.Part.SIXTH_BLIND);
    assertThat(sixthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> seventhBlind = part(layouts, Corpus.Part.SEVENTH_BLIND);
    assertThat(seventhBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> eighthBlind = part(layouts, Corpus.Part.EIGHTH_BLIND);
    assertThat(eighthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> ninthBlind = part(layouts, Corpus.Part.NINTH_BLIND);
    assertThat(ninthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> tenthBlind = part(layouts, Corpus.Part.TENTH_BLIND);
    assertThat(tenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> eleventhBlind = part(layouts, Corpus.Part.ELEVENTH_BLIND);
    assertThat(eleventhBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> thirteenthBlind = part(layouts, Corpus.Part.THIRTEENTH_BLIND);
    assertThat(thirteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> twelfthBlind = part(layouts, Corpus.Part.TWELFTH_BLIND);
    assertThat(twelfthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> fifteenthBlind = part(layouts, Corpus.Part.FIFTEENTH_BLIND);
    assertThat(fifteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> fourteenthBlind = part(layouts, Corpus.Part.FOURTEENTH_BLIND);
    assertThat(fourteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> sixteenthBlind = part(layouts, Corpus.Part.SIXTEENTH_BLIND);
    assertThat(sixteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> seventeenthBlind = part(layouts, Corpus.Part.SEVENTEENTH_BLIND);
    assertThat(seventeenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> eighteenthBlind = part(layouts, Corpus.Part.EIGHTEENTH_BLIND);
    assertThat(eighteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> nineteenthBlind = part(layouts, Corpus.Part.NINETEENTH_BLIND);
    assertThat(nineteenthBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> twentiethBlind = part(layouts, Corpus.Part.TWENTIETH_BLIND);
    assertThat(twentiethBlind).hasSizeGreaterThanOrEqualTo(12);
    List<Corpus.Layout> twentyFirstBlind = part(layouts, Corpus.Part.TWENTY_FIRST_BLIND);
    assertThat(twentyFirstBlind).hasSizeGreaterThanOrEqualTo(12);
    assertThat(layouts.stream().filter(l -> l.number() > first.size()))
        .as("later parts come after the first layouts, in their order")
        .containsExactlyElementsOf(Stream.of(fresh, second, third, blind, secondBlind, thirdBlind,
            fourthBlind, fifthBlind, sixthBlind, seventhBlind, eighthBlind, ninthBlind, tenthBlind,
            eleventhBlind, thirteenthBlind, twelfthBlind, fifteenthBlind, fourteenthBlind,
            sixteenthBlind, seventeenthBlind, eighteenthBlind, nineteenthBlind, twentiethBlind,
            twentyFirstBlind).flatMap(List::stream).toList());
    for (Corpus.Layout l : layouts) {
      assertThat(l.truth().subjects()).as(l.name()).isNotEmpty();
      assertThat(l.truth().fields()).as(l.name()).isNotEmpty();
      if (!l.truth().isFhir()) {
        long rows = Files.lines(l.input(), java.nio.charset.StandardCharsets.ISO_8859_1).count() - 1;
        assertThat(rows).as("rows of %s", l.name()).isBetween(60L, 450L);
      }
    }
  }

  @Test
  void generatorIsDeterministic() throws IOException {
    corpus();
    Path first = corpusRoot();
    Path again = target().resolve("corpus-again");
    Corpus.write(again);
    try (Stream<Path> files = Files.walk(first)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path other = again.resolve(first.relativize(f));
        assertThat(Arrays.equals(Files.readAllBytes(f), Files.readAllBytes(other)))
            .as("%s written twice", first.relativize(f)).isTrue();
      }
    }
  }

  @Test
  void tuningPart() throws IOException {
    Evaluation e = evaluation(Corpus.Part.TUNING);
    String report = Reports.full(e, "tuning part", assertedTypes());
    print(report);
    Files.writeString(target().resolve("evaluation.md"), report, UTF_8);
    assertNoValue(report);
    assertThresholds(e);
  }

  @Test
  void heldOutPart() throws IOException {
    unseenPart(Corpus.Part.HELD_OUT, "held-out part", "evaluation-held-out.md");
  }

  @Test
  void freshPart() throws IOException {
    unseenPart(Corpus.Part.FRESH, "fresh part", "evaluation-fresh.md");
  }

  /**
   * The second fresh part: {@link ResearchLayouts} and {@link EuropeanLayouts}, written after the
   * fresh part had been read, by two authors who read neither the classifier nor any figure: research
   * and warehouse schemas (OMOP, PCORnet, MIMIC-IV, SDTM, i2b2, REDCap, CMS SynPUF, UK Biobank, NHS
   * call/recall, a US immunisation registry) and European exports in their own languages, three more
   * countries among them.
   */
  @Test
  void secondFreshPart() throws IOException {
    Evaluation e = report(Corpus.Part.SECOND_FRESH, "second fresh part",
        "evaluation-second-fresh.md");
    assertFloors(e, SECOND_FRESH_FLOORS);
  }

  /**
   * The third fresh part: {@link MessyLayouts} and {@link SystemLayouts}, written after the second
   * fresh part had been read, by two authors who read neither the classifier nor any figure:
   * spreadsheets as practices and clinics keep them by hand, and the exports of the systems labs, GPs
   * and hospitals run, in the corpus's first seven countries.
   */
  @Test
  void thirdFreshPart() throws IOException {
    Evaluation e = report(Corpus.Part.THIRD_FRESH, "third fresh part", "evaluation-third-fresh.md");
    assertFloors(e, THIRD_FRESH_FLOORS);
  }

  /** The third fresh part's figures when it was last read (docs/evaluation.md). */
  static final Floors THIRD_FRESH_FLOORS = new Floors(0.981, 0.993, 21);

  /**
   * The blind part: {@link BlindLayouts}, written in the session before this part's run by someone who
   * read neither the classifier nor any figure, and kept unread by anyone who changed the classifier
   * until every other part had been read and fixed. Run once unseen (docs/evaluation.md), then read and
   * fixed: held to the thresholds, like the parts before it.
   */
  @Test
  void blindPart() throws IOException {
    unseenPart(Corpus.Part.BLIND, "blind part", "evaluation-blind.md");
  }

  /**
   * The second blind part: {@link BlindLayouts2}, written while the blind part was being read, by
   * someone who read neither the classifier nor any figure. Run once unseen (docs/evaluation.md), then
   * read and fixed; held to its figures since.
   */
  @Test
  void secondBlindPart() throws IOException {
    Evaluation e = report(Corpus.Part.SECOND_BLIND, "second blind part",
        "evaluation-second-blind.md");
    assertFloors(e, SECOND_BLIND_FLOORS);
  }

  /**
   * The blind parts from the third on, each written while the part before it was being read, by
   * someone who read neither the classifier nor any figure, merged unread and run once before it was
   * read (docs/evaluation.md gives each one's author, brief and unseen run); held to their floors since.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("laterBlindParts")
  void laterBlindPart(Corpus.Part part, Floors floors) throws IOException {
    String name = part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    Evaluation e = report(part, name.replace('-', ' ') + " part", "evaluation-" + name + ".md");
    assertFloors(e, floors);
  }

  static Stream<Arguments> laterBlindParts() {
    return Stream.of(
        Arguments.of(Corpus.Part.THIRD_BLIND, THIRD_BLIND_FLOORS),
        Arguments.of(Corpus.Part.FOURTH_BLIND, FOURTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.FIFTH_BLIND, FIFTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.SIXTH_BLIND, SIXTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.SEVENTH_BLIND, SEVENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.EIGHTH_BLIND, EIGHTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.NINTH_BLIND, NINTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.TENTH_BLIND, TENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.ELEVENTH_BLIND, ELEVENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.THIRTEENTH_BLIND, THIRTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.TWELFTH_BLIND, TWELFTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.FIFTEENTH_BLIND, FIFTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.FOURTEENTH_BLIND, FOURTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.SIXTEENTH_BLIND, SIXTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.SEVENTEENTH_BLIND, SEVENTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.EIGHTEENTH_BLIND, EIGHTEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.NINETEENTH_BLIND, NINETEENTH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.TWENTIETH_BLIND, TWENTIETH_BLIND_FLOORS),
        Arguments.of(Corpus.Part.TWENTY_FIRST_BLIND, TWENTY_FIRST_BLIND_FLOORS));
  }

  /**
   * The third blind part's figures once read and fixed; its one unseen run (types 0.803, grades
   * 0.848, 8 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors THIRD_BLIND_FLOORS = new Floors(0.994, 0.999, 12);

  /**
   * The fourth blind part's figures once read and fixed; its one unseen run (types 0.822, grades
   * 0.810, 10 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors FOURTH_BLIND_FLOORS = new Floors(0.986, 0.999, 12);

  /**
   * The fifth blind part's figures once read and fixed; its one unseen run (types 0.738, grades
   * 0.679, 8 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors FIFTH_BLIND_FLOORS = new Floors(0.995, 0.999, 11);

  /**
   * The sixth blind part's figures once read and fixed; its one unseen run (types 0.806, grades
   * 0.782, 9 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors SIXTH_BLIND_FLOORS = new Floors(0.984, 0.997, 12);

  /**
   * The seventh blind part's figures once read and fixed; its one unseen run (types 0.893, grades
   * 0.868, 11 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors SEVENTH_BLIND_FLOORS = new Floors(0.989, 0.999, 12);

  /**
   * The eighth blind part's figures once read and fixed; its one unseen run (types 0.952, grades
   * 0.849, 12 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors EIGHTH_BLIND_FLOORS = new Floors(0.999, 0.998, 12);

  /**
   * The ninth blind part's figures once read and fixed; its one unseen run (types 0.950, grades
   * 0.840, 12 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors NINTH_BLIND_FLOORS = new Floors(0.992, 0.999, 12);

  /**
   * The tenth blind part's figures once read and fixed; its one unseen run (types 0.974, grades
   * 0.992, 12 of 12 exact) is in docs/evaluation.md. Its three wrong fields left are a lab's billed
   * services labelled TEST_TYPE, where the guide and other parts' authors say PROCEDURE.
   */
  static final Floors TENTH_BLIND_FLOORS = new Floors(0.979, 0.999, 12);

  /**
   * The eleventh blind part's figures once read and fixed; its one unseen run (types 0.974, grades
   * 0.988, 12 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors ELEVENTH_BLIND_FLOORS = new Floors(0.999, 0.999, 12);

  /**
   * The thirteenth blind part's figures once read and fixed; its one unseen run (types 0.915, grades
   * 0.983, 12 of 12 exact) is in docs/evaluation.md. Two fields its author labelled against the guide
   * or another part's author stay: a colposcopy clinic as OTHER, a claim's CPT codes as TEST_TYPE.
   */
  static final Floors THIRTEENTH_BLIND_FLOORS = new Floors(0.984, 0.999, 12);

  /**
   * The twelfth blind part's figures once read and fixed; its one unseen run (types 0.965, grades
   * 0.997, 12 of 12 exact) is in docs/evaluation.md. One field stays: an English lab's code under
   * "Lab Code", which other systems use for a test's code.
   */
  static final Floors TWELFTH_BLIND_FLOORS = new Floors(0.994, 0.999, 12);

  /**
   * The fifteenth blind part's figures once read and fixed; its one unseen run (types 0.851, grades
   * 0.795, 11 of 12 exact) is in docs/evaluation.md. Three fields stay as their author labelled them
   * against other authors: Epic Clarity's lab orders (PROC_CODE, DESCRIPTION) as TEST_TYPE, and
   * Vektis's 0206 Patiëntidentificatienummer as RECORD_ID (the seventh part's author: NATIONAL_ID).
   */
  static final Floors FIFTEENTH_BLIND_FLOORS = new Floors(0.984, 0.999, 12);

  /**
   * The fourteenth blind part's figures once read and fixed; its one unseen run (types 0.980, 144 of
   * 147, grades 0.985, 12 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors FOURTEENTH_BLIND_FLOORS = new Floors(0.999, 0.998, 12);

  /**
   * The sixteenth blind part's figures once read and fixed; its one unseen run (types 0.922, grades
   * 0.795, 9 of 12 exact) is in docs/evaluation.md. Left: a lab's billed services labelled TEST_TYPE
   * (the guide: PROCEDURE), and two layouts whose women the linker cannot join: a pathology excerpt
   * keyed by birth date and PC4 alone, a quality review by birth date alone.
   */
  static final Floors SIXTEENTH_BLIND_FLOORS = new Floors(0.965, 0.996, 10);

  /**
   * The seventeenth blind part's figures once read and fixed; its one unseen run (types 0.954, grades
   * 0.944, 12 of 12 exact) is in docs/evaluation.md. Left: HL7's OBX-8 abnormal flag (its author and
   * the ninth's: OTHER) and a theatre list's indication labelled as a result (the guide: a
   * procedure's reason is a diagnosis).
   */
  static final Floors SEVENTEENTH_BLIND_FLOORS = new Floors(0.986, 0.999, 12);

  /**
   * The eighteenth blind part's figures once read and fixed; its one unseen run (types 0.809, grades
   * 1.000, 11 of 12 exact) is in docs/evaluation.md. Left: audit and authorisation timestamps its
   * author labelled OTHER (the guide: a result's date is clinical), HL7's abnormal flag, a lab's
   * request number, LDT's test ident, a long-term diagnosis flag, an accession number.
   */
  static final Floors EIGHTEENTH_BLIND_FLOORS = new Floors(0.953, 0.999, 12);

  /**
   * The nineteenth blind part's figures once read and fixed; its one unseen run (types 0.976, grades
   * 0.961, 12 of 12 exact) is in docs/evaluation.md.
   */
  static final Floors NINETEENTH_BLIND_FLOORS = new Floors(0.983, 0.995, 12);

  /**
   * The twentieth blind part's figures once read and fixed; its one unseen run (types 0.968, grades
   * 0.907, 12 of 12 exact) is in docs/evaluation.md. Left: an NHS sender code labelled PROVIDER (an
   * earlier author: OTHER), a German "PLZ Ort" of postcode and town labelled CITY.
   */
  static final Floors TWENTIETH_BLIND_FLOORS = new Floors(0.983, 0.999, 12);

  /**
   * The twenty-first blind part's figures once read and fixed; its one unseen run (types 0.972, 106
   * of 109, grades 1.000, 12 of 12 exact) is in docs/evaluation.md. Left: a German fund's "Leistung"
   * labelled PROCEDURE (the twelfth's author: TEST_TYPE, where it names a test).
   */
  static final Floors TWENTY_FIRST_BLIND_FLOORS = new Floors(0.990, 0.999, 12);

  /** The second blind part's figures once read and fixed; its one unseen run is in docs/evaluation.md. */
  static final Floors SECOND_BLIND_FLOORS = new Floors(0.989, 0.999, 12);

  /** The second fresh part's figures when it was last read and fixed (docs/evaluation.md). */
  static final Floors SECOND_FRESH_FLOORS = new Floors(0.994, 0.990, 22);

  private static List<Corpus.Layout> part(List<Corpus.Layout> layouts, Corpus.Part part) {
    return layouts.stream().filter(l -> l.part() == part).toList();
  }

  /** A part not tuned on: aggregate figures only unless the detail is asked for, same thresholds. */
  private static void unseenPart(Corpus.Part part, String title, String detailFile)
      throws IOException {
    assertThresholds(report(part, title, detailFile));
  }

  /** Prints a part's figures (its detail too where asked for) and checks that no value leaks. */
  private static Evaluation report(Corpus.Part part, String title, String detailFile)
      throws IOException {
    Evaluation e = evaluation(part);
    boolean detail = Boolean.getBoolean("exposure.eval.detail");
    String report = detail ? Reports.full(e, title, assertedTypes())
        : Reports.aggregate(e, title, assertedTypes());
    print(report);
    if (detail) {
      Files.writeString(target().resolve(detailFile), report, UTF_8);
    }
    assertNoValue(report);
    return e;
  }

  /** The types with at least {@link #MIN_SUPPORT} fields in the whole corpus's truth. */
  static Set<FieldType> assertedTypes() throws IOException {
    Map<FieldType, Integer> support = new EnumMap<>(FieldType.class);
    for (Corpus.Layout l : corpus()) {
      l.truth().fields().forEach(f -> support.merge(f.type(), 1, Integer::sum));
    }
    Set<FieldType> types = EnumSet.noneOf(FieldType.class);
    support.forEach((t, n) -> {
      if (n >= MIN_SUPPORT) {
        types.add(t);
      }
    });
    return types;
  }

  private static void assertThresholds(Evaluation e) throws IOException {
    assertThat(shortfalls(e)).as("issue 17's thresholds").isEmpty();
  }

  /**
   * The figures a part must not fall below: what it measured when it was last read. A part that does
   * not reach the thresholds yet is held to these, so that no change makes it worse unseen; its
   * shortfall from the thresholds is printed.
   */
  record Floors(double types, double grades, int layoutsExact) {}

  private static void assertFloors(Evaluation e, Floors floors) throws IOException {
    List<String> shortfalls = shortfalls(e);
    print(shortfalls.isEmpty() ? "Meets issue 17's thresholds."
        : "Short of issue 17's thresholds: " + String.join("; ", shortfalls));
    assertThat(Math.min(e.precision(), e.recall())).as("types, floor").isGreaterThanOrEqualTo(
        floors.types());
    assertThat(e.gradeAgreement()).as("grades, floor").isGreaterThanOrEqualTo(floors.grades());
    assertThat(e.layoutsExact()).as("layouts exact, floor").isGreaterThanOrEqualTo(
        floors.layoutsExact());
  }

  /** Where a part falls short of issue 17's thresholds; empty if it meets them all. */
  private static List<String> shortfalls(Evaluation e) throws IOException {
    Set<FieldType> asserted = assertedTypes();
    List<String> failures = new ArrayList<>();
    if (e.precision() < MIN_TYPES || e.recall() < MIN_TYPES) {
      failures.add(String.format(Locale.ROOT, "types: precision %.3f, recall %.3f (need %.2f)",
          e.precision(), e.recall(), MIN_TYPES));
    }
    for (Evaluation.TypeScore s : e.typeScores()) {
      if (asserted.contains(s.type()) && (s.precision() < MIN_TYPES || s.recall() < MIN_TYPES)) {
        failures.add(String.format(Locale.ROOT, "%s: precision %.3f, recall %.3f (need %.2f)",
            s.type(), s.precision(), s.recall(), MIN_TYPES));
      }
    }
    if (e.gradeAgreement() < MIN_GRADES) {
      failures.add(String.format(Locale.ROOT, "grades: %.3f agree (need %.2f)",
          e.gradeAgreement(), MIN_GRADES));
    }
    if (e.layoutsExact() < e.layouts().size()) {
      failures.add(String.format(Locale.ROOT, "subjects exact in %d of %d layouts",
          e.layoutsExact(), e.layouts().size()));
    }
    return failures;
  }

  /**
   * No identifier-like value of the corpus (five characters or more with a digit or an at sign; every
   * seventh one, to keep it quick) is in the report, except where it is also part of a CSV header.
   */
  private static void assertNoValue(String report) throws IOException {
    Path root = corpusRoot();
    int looked = 0;
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(root)) {
      inputs = files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().endsWith(".tsv")).toList();
    }
    // A CSV's header names columns, not values, and the report shows every layout's headers: a
    // value that is another layout's column name ("HbA1c") is no leak. A JSON file's first line
    // may be the whole file.
    StringBuilder headers = new StringBuilder();
    for (Path f : inputs) {
      if (f.getFileName().toString().endsWith(".csv")) {
        headers.append(Files.readAllLines(f, java.nio.charset.StandardCharsets.ISO_8859_1).get(0))
            .append('\n');
      }
    }
    for (Path f : inputs) {
      String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
      for (String token : text.split("[;,\t|\"\\n\\r:{}\\[\\]]")) {
        String value = token.strip();
        // A ratio such as "12/12" (modules done) is what the report's own figures look like.
        if (value.length() >= 5 && value.matches(".*[0-9@].*")
            && !value.matches("\\d{1,3}/\\d{1,3}") && looked++ % 7 == 0
            && headers.indexOf(value) < 0) {
          assertThat(report.contains(value)).as("a value of %s in the report", f.getFileName())
              .isFalse();
        }
      }
    }
    assertThat(looked).isPositive();
  }

  private static void print(String report) {
    new PrintStream(System.out, true, UTF_8).println(report);
  }

  private static synchronized Evaluation evaluation(Corpus.Part part) throws IOException {
    List<Corpus.Layout> layouts = corpus().stream().filter(l -> l.part() == part).toList();
    return EVALUATIONS.computeIfAbsent(part, p -> Evaluation.of(layouts));
  }

  /** The corpus, written once per test run; truth read back from the files beside the extracts. */
  private static synchronized List<Corpus.Layout> corpus() throws IOException {
    if (corpus == null) {
      List<Corpus.Layout> written = Corpus.write(corpusRoot());
      List<Corpus.Layout> read = new ArrayList<>();
      for (Corpus.Layout l : written) {
        Truth truth = Truth.read(corpusRoot().resolve(l.name() + ".truth.tsv"));
        read.add(new Corpus.Layout(l.number(), l.input(), truth, l.part()));
      }
      corpus = List.copyOf(read);
    }
    return corpus;
  }

  private static Path corpusRoot() {
    return target().resolve("corpus");
  }

  /** {@code target/}: the parent of {@code target/test-classes}. */
  private static Path target() {
    try {
      return Path.of(CorpusEvaluationTest.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
