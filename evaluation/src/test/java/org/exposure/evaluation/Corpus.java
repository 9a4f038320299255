package org.exposure.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the whole corpus: every layout's extract files in {@code ROOT/NAME/} and its truth in {@code
 * ROOT/NAME.truth.tsv}. Deterministic: the same seed writes the same bytes.
 *
 * <p><b>The split.</b> Layouts are numbered from 1 in the order they are written (the CSV layouts of
 * {@link CsvLayouts#all()}, then the FHIR layouts of {@link FhirLayouts}); every third one (number
 * divisible by 3) is held out. The rule is fixed before any figure was seen and does not depend on the
 * classifier. Run it on its own with {@code java ... CorpusGenerator DIR}.
 *
 * <p><b>The fresh part.</b> The layouts of {@link FreshLayouts} and {@link FhirLayouts#writeFresh},
 * written after the classifier had been tuned on the tuning part and the held-out part had been read,
 * follow (numbers 47 on) and are all {@link Part#FRESH}: none of them is tuning data, and the
 * every-third rule does not apply to them.
 *
 * <p><b>The second fresh part.</b> The layouts of {@link ResearchLayouts} and {@link EuropeanLayouts},
 * written after the fresh part had been read by two authors who saw neither the classifier nor any
 * figure, come next and are all {@link Part#SECOND_FRESH}.
 *
 * <p><b>The third fresh part.</b> The layouts of {@link MessyLayouts} and {@link SystemLayouts},
 * written after the second fresh part had been read, by two authors who saw neither the classifier
 * nor any figure, come next and are all {@link Part#THIRD_FRESH}.
 *
 * <p><b>The blind part.</b> The layouts of {@link BlindLayouts}, written in the session before by
 * someone who saw neither the classifier nor any figure, kept unread until every other part had been
 * read and fixed, come next and are all {@link Part#BLIND}.
 *
 * <p><b>The second blind part.</b> The layouts of {@link BlindLayouts2}, written while the blind part
 * was being read, by someone who saw neither the classifier nor any figure, come next and are all
 * {@link Part#SECOND_BLIND}.
 *
 * <p><b>The third blind part.</b> The layouts of {@link BlindLayouts3}, written while the second blind
 * part was being read, by someone who saw neither the classifier nor any figure, and merged unread,
 * come next and are all {@link Part#THIRD_BLIND}.
 *
 * <p><b>The fourth blind part.</b> The layouts of {@link BlindLayouts4}, written while the third
 * blind part was being read, by someone who saw neither the classifier nor any figure, and merged
 * unread, come next and are all {@link Part#FOURTH_BLIND}.
 *
 * <p><b>The fifth blind part.</b> The layouts of {@link BlindLayouts5}, written while the fourth
 * blind part was being read, by someone who saw neither the classifier nor any figure, and merged
 * unread, come next and are all {@link Part#FIFTH_BLIND}.
 *
 * <p><b>The sixth blind part.</b> The layouts of {@link BlindLayouts6}, written from public
 * specifications of the issue's own domain (screening, laboratory, hospital and GP extracts) by
 * someone who saw neither the classifier nor any figure, and merged unread, come next and are all
 * {@link Part#SIXTH_BLIND}.
 *
 * <p><b>The seventh blind part.</b> The layouts of {@link BlindLayouts7}, written from public data
 * models and system exports of the issue's own domain while the sixth was being read, by someone
 * who saw neither the classifier nor any figure, and merged unread, come next and are all {@link
 * Part#SEVENTH_BLIND}.
 *
 * <p><b>The eighth blind part.</b> The layouts of {@link BlindLayouts8}, written from the
 * conventions of the issue's own domain while the seventh was being read, by someone who saw neither
 * the classifier nor any figure, and merged unread, come next and are all {@link
 * Part#EIGHTH_BLIND}.
 *
 * <p><b>The ninth blind part.</b> The layouts of {@link BlindLayouts9}, written from the
 * conventions of the issue's own domain while the eighth was being read, by someone who saw neither
 * the classifier nor any figure, and merged unread, come next and are all {@link Part#NINTH_BLIND}.
 *
 * <p><b>The tenth blind part.</b> The layouts of {@link BlindLayouts10}, written from the
 * conventions of the issue's own domain while the ninth was being read, by someone who saw neither
 * the classifier nor any figure, and merged unread, come next and are all {@link Part#TENTH_BLIND}.
 *
 * <p><b>The eleventh blind part.</b> The layouts of {@link BlindLayouts11}, written from the
 * conventions of the issue's own domain after the tenth was read, by someone who saw neither the
 * classifier nor any figure, and merged unread, come next and are all {@link Part#ELEVENTH_BLIND}.
 *
 * <p><b>The thirteenth blind part.</b> The layouts of {@link BlindLayouts13}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#THIRTEENTH_BLIND}.
 *
 * <p><b>The twelfth blind part.</b> The layouts of {@link BlindLayouts12}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#TWELFTH_BLIND}.
 *
 * <p><b>The fifteenth blind part.</b> The layouts of {@link BlindLayouts15}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#FIFTEENTH_BLIND}.
 *
 * <p><b>The fourteenth blind part.</b> The layouts of {@link BlindLayouts14}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#FOURTEENTH_BLIND}.
 *
 * <p><b>The sixteenth blind part.</b> The layouts of {@link BlindLayouts16}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#SIXTEENTH_BLIND}.
 *
 * <p><b>The seventeenth blind part.</b> The layouts of {@link BlindLayouts17}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#SEVENTEENTH_BLIND}.
 *
 * <p><b>The eighteenth blind part.</b> The layouts of {@link BlindLayouts18}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#EIGHTEENTH_BLIND}.
 *
 * <p><b>The nineteenth blind part.</b> The layouts of {@link BlindLayouts19}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#NINETEENTH_BLIND}.
 *
 * <p><b>The twentieth blind part.</b> The layouts of {@link BlindLayouts20}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come next and are all {@link Part#TWENTIETH_BLIND}.
 *
 * <p><b>The twenty-first blind part.</b> The layouts of {@link BlindLayouts21}, written from the
 * conventions of the issue's own domain, by someone who saw neither the classifier nor any figure,
 * and merged unread, come last and are all {@link Part#TWENTY_FIRST_BLIND}.
 */
final class Corpus {
  /** The seed of the corpus; changing it writes another corpus of the same layouts. */
  static final long SEED = 20261207L;

  /** The parts of the corpus: what each is for is in {@code docs/evaluation.md}. */
  enum Part { TUNING, HELD_OUT, FRESH, SECOND_FRESH, THIRD_FRESH, BLIND, SECOND_BLIND, THIRD_BLIND, FOURTH_BLIND, FIFTH_BLIND,
    SIXTH_BLIND, SEVENTH_BLIND, EIGHTH_BLIND, NINTH_BLIND, TENTH_BLIND,
    ELEVENTH_BLIND, THIRTEENTH_BLIND, TWELFTH_BLIND, FIFTEENTH_BLIND, FOURTEENTH_BLIND,
    SIXTEENTH_BLIND, SEVENTEENTH_BLIND, EIGHTEENTH_BLIND, NINETEENTH_BLIND, TWENTIETH_BLIND,
    TWENTY_FIRST_BLIND }

  /**
   * A layout written: where its files are, its truth, its number, and the part it belongs to ({@link
   * Part#TUNING} or {@link Part#HELD_OUT} for the first layouts, by {@link #isHeldOut}).
   */
  record Layout(int number, Path input, Truth truth, Part part) {
    String name() {
      return truth.layout();
    }

    /** Held out from tuning: every third of the first layouts, and every later one. */
    boolean heldOut() {
      return part != Part.TUNING;
    }

    /** Written after the first layouts. */
    boolean late() {
      return part != Part.TUNING && part != Part.HELD_OUT;
    }
  }

  private Corpus() {}

  static boolean isHeldOut(int number) {
    return number % 3 == 0;
  }

  static List<Layout> write(Path root) throws IOException {
    Files.createDirectories(root);
    List<Layout> layouts = new ArrayList<>();
    for (CsvLayout csv : CsvLayouts.all()) {
      addCsv(root, csv, null, layouts);
    }
    for (Truth truth : FhirLayouts.write(root, SEED)) {
      add(root, truth, null, layouts);
    }
    for (CsvLayout csv : FreshLayouts.all()) {
      addCsv(root, csv, Part.FRESH, layouts);
    }
    for (Truth truth : FhirLayouts.writeFresh(root, SEED)) {
      add(root, truth, Part.FRESH, layouts);
    }
    // The later parts, in the order they were written: each part's layouts in its class's order.
    List<Map.Entry<List<CsvLayout>, Part>> later = List.of(
        Map.entry(ResearchLayouts.all(), Part.SECOND_FRESH),
        Map.entry(EuropeanLayouts.all(), Part.SECOND_FRESH),
        Map.entry(MessyLayouts.all(), Part.THIRD_FRESH),
        Map.entry(SystemLayouts.all(), Part.THIRD_FRESH),
        Map.entry(BlindLayouts.all(), Part.BLIND),
        Map.entry(BlindLayouts2.all(), Part.SECOND_BLIND),
        Map.entry(BlindLayouts3.all(), Part.THIRD_BLIND),
        Map.entry(BlindLayouts4.all(), Part.FOURTH_BLIND),
        Map.entry(BlindLayouts5.all(), Part.FIFTH_BLIND),
        Map.entry(BlindLayouts6.all(), Part.SIXTH_BLIND),
        Map.entry(BlindLayouts7.all(), Part.SEVENTH_BLIND),
        Map.entry(BlindLayouts8.all(), Part.EIGHTH_BLIND),
        Map.entry(BlindLayouts9.all(), Part.NINTH_BLIND),
        Map.entry(BlindLayouts10.all(), Part.TENTH_BLIND),
        Map.entry(BlindLayouts11.all(), Part.ELEVENTH_BLIND),
        Map.entry(BlindLayouts13.all(), Part.THIRTEENTH_BLIND),
        Map.entry(BlindLayouts12.all(), Part.TWELFTH_BLIND),
        Map.entry(BlindLayouts15.all(), Part.FIFTEENTH_BLIND),
        Map.entry(BlindLayouts14.all(), Part.FOURTEENTH_BLIND),
        Map.entry(BlindLayouts16.all(), Part.SIXTEENTH_BLIND),
        Map.entry(BlindLayouts17.all(), Part.SEVENTEENTH_BLIND),
        Map.entry(BlindLayouts18.all(), Part.EIGHTEENTH_BLIND),
        Map.entry(BlindLayouts19.all(), Part.NINETEENTH_BLIND),
        Map.entry(BlindLayouts20.all(), Part.TWENTIETH_BLIND),
        Map.entry(BlindLayouts21.all(), Part.TWENTY_FIRST_BLIND));
    for (Map.Entry<List<CsvLayout>, Part> part : later) {
      for (CsvLayout csv : part.getKey()) {
        addCsv(root, csv, part.getValue(), layouts);
      }
    }
    return layouts;
  }

  /** Writes a CSV layout into its folder; a null part is the first layouts' split. */
  private static void addCsv(Path root, CsvLayout csv, Part part, List<Layout> layouts)
      throws IOException {
    Path dir = Files.createDirectories(root.resolve(csv.name()));
    Truth truth = csv.write(dir, SEED);
    truth.write(root.resolve(csv.name() + ".truth.tsv"));
    layouts.add(new Layout(layouts.size() + 1, dir.resolve(csv.fileName()), truth,
        part(layouts.size() + 1, part)));
  }

  /** Adds a FHIR layout already written into {@code root/NAME/}, its truth beside it. */
  private static void add(Path root, Truth truth, Part part, List<Layout> layouts)
      throws IOException {
    truth.write(root.resolve(truth.layout() + ".truth.tsv"));
    layouts.add(new Layout(layouts.size() + 1, root.resolve(truth.layout()), truth,
        part(layouts.size() + 1, part)));
  }

  private static Part part(int number, Part part) {
    return part != null ? part : isHeldOut(number) ? Part.HELD_OUT : Part.TUNING;
  }
}
