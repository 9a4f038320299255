package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every part written after the first layouts is well formed, by the laws of {@link PartChecks}:
 * deterministic, of the agreed size, named apart from every other part, in its countries, with
 * graded cervical results in enough layouts, and no identifier value that two subjects share (so
 * that the truth's subjects are the file's). It never runs the classifier. A part's own helpers
 * (check digits) are tested in its own class.
 */
class PartLawsTest {

  /** A part and what it promised: its least size, its countries, its least screening layouts. */
  record Part(String name, Supplier<List<CsvLayout>> layouts, int minLayouts,
      Set<Country> countries, int cervical) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Part> parts() {
    Set<Country> any = Set.of(Country.values());
    return Stream.of(
        new Part("research", ResearchLayouts::all, 10, any, 4),
        new Part("European", EuropeanLayouts::all, 10, any, 5),
        new Part("messy", MessyLayouts::all, 10, PartChecks.FIRST_SEVEN, 6),
        new Part("systems", SystemLayouts::all, 10, PartChecks.FIRST_SEVEN, 6),
        new Part("second blind", BlindLayouts2::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("third blind", BlindLayouts3::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("fourth blind", BlindLayouts4::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("fifth blind", BlindLayouts5::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("sixth blind", BlindLayouts6::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("seventh blind", BlindLayouts7::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("eighth blind", BlindLayouts8::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("ninth blind", BlindLayouts9::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("tenth blind", BlindLayouts10::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("eleventh blind", BlindLayouts11::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("thirteenth blind", BlindLayouts13::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("twelfth blind", BlindLayouts12::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("fifteenth blind", BlindLayouts15::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("fourteenth blind", BlindLayouts14::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("sixteenth blind", BlindLayouts16::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("seventeenth blind", BlindLayouts17::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("eighteenth blind", BlindLayouts18::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("nineteenth blind", BlindLayouts19::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("twentieth blind", BlindLayouts20::all, 12, PartChecks.FIRST_SEVEN, 7),
        new Part("twenty-first blind", BlindLayouts21::all, 12, PartChecks.FIRST_SEVEN, 7));
  }

  @ParameterizedTest
  @MethodSource("parts")
  void eachLayoutWritesTheSameBytesTwiceForTheSameSeed(Part part, @TempDir Path tmp)
      throws IOException {
    PartChecks.sameBytesTwice(part.layouts(), tmp);
  }

  @ParameterizedTest
  @MethodSource("parts")
  void anotherSeedWritesAnotherFile(Part part, @TempDir Path tmp) throws IOException {
    PartChecks.anotherSeedWritesAnotherFile(part.layouts().get(), tmp);
  }

  @ParameterizedTest
  @MethodSource("parts")
  void eachLayoutHasBetween60And450RowsAndAtLeast20Subjects(Part part, @TempDir Path tmp)
      throws IOException {
    PartChecks.rowsSubjectsAndLines(part.layouts().get(), tmp);
  }

  @ParameterizedTest
  @MethodSource("parts")
  void headersAreUniqueAndEveryRowHasEveryColumn(Part part, @TempDir Path tmp)
      throws IOException {
    PartChecks.headersUniqueAndRowsFull(part.layouts().get(), tmp);
  }

  @ParameterizedTest
  @MethodSource("parts")
  void namesAreUniqueAndApartFromTheOtherParts(Part part) {
    PartChecks.namesApartFromTheOtherParts(part.layouts().get(), part.minLayouts());
  }

  @ParameterizedTest
  @MethodSource("parts")
  void onlyItsCountries(Part part) {
    PartChecks.onlyIn(part.layouts().get(), part.countries());
  }

  @ParameterizedTest
  @MethodSource("parts")
  void enoughLayoutsCarryGradedCervicalResults(Part part, @TempDir Path tmp) throws IOException {
    PartChecks.cervicalResultsInAtLeast(part.layouts().get(), part.cervical(), tmp);
  }

  @ParameterizedTest
  @MethodSource("parts")
  void noIdentifierValueIsSharedByTwoSubjects(Part part, @TempDir Path tmp) throws IOException {
    PartChecks.noIdentifierSharedBySubjects(part.layouts().get(), tmp);
  }
}
