package org.exposure.evaluation;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The laws every part of the corpus keeps, checked the same way for each part's layouts: the same
 * seed writes the same bytes and truth, another seed another file, and every layout is of the size
 * the corpus holds ({@code CorpusEvaluationTest} checks the whole corpus; these check a part before it
 * is wired in).
 */
final class PartChecks {
  private PartChecks() {}

  /** Two fresh lists of a part's layouts write the same bytes and truth for the same seed. */
  static void sameBytesTwice(Supplier<List<CsvLayout>> part, Path tmp) throws IOException {
    List<CsvLayout> once = part.get();
    List<CsvLayout> again = part.get();
    assertThat(again).hasSameSizeAs(once);
    for (int i = 0; i < once.size(); i++) {
      Path first = Files.createDirectories(tmp.resolve("a" + i));
      Path second = Files.createDirectories(tmp.resolve("b" + i));
      Truth one = once.get(i).write(first, Corpus.SEED);
      Truth two = again.get(i).write(second, Corpus.SEED);
      String file = once.get(i).fileName();
      assertThat(Files.readAllBytes(second.resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(first.resolve(file)));
      assertThat(two).as(file).isEqualTo(one);
    }
  }

  /** Every layout writes another file for another seed. */
  static void anotherSeedWritesAnotherFile(List<CsvLayout> layouts, Path tmp) throws IOException {
    for (CsvLayout layout : layouts) {
      Path a = Files.createDirectories(tmp.resolve("a-" + layout.name()));
      Path b = Files.createDirectories(tmp.resolve("b-" + layout.name()));
      layout.write(a, Corpus.SEED);
      layout.write(b, Corpus.SEED + 1);
      assertThat(Files.readAllBytes(a.resolve(layout.fileName()))).as(layout.name())
          .isNotEqualTo(Files.readAllBytes(b.resolve(layout.fileName())));
    }
  }

  /**
   * Every layout has 60-450 rows and at least 20 subjects, its file a header and one line per row,
   * every row one subject's, and every field a name.
   */
  static void rowsSubjectsAndLines(List<CsvLayout> layouts, Path tmp) throws IOException {
    for (CsvLayout layout : layouts) {
      Truth truth = layout.write(tmp, Corpus.SEED);
      int rows = truth.subjects().stream().mapToInt(s -> s.locations().size()).sum();
      assertThat(rows).as(layout.name()).isBetween(60, 450);
      assertThat(truth.subjects()).as(layout.name()).hasSizeGreaterThanOrEqualTo(20);
      long lines = Files.readAllLines(tmp.resolve(layout.fileName()), ISO_8859_1).size();
      assertThat(lines).as(layout.name() + ": header and one line per row").isEqualTo(rows + 1);
      Set<String> seen = new HashSet<>();
      truth.subjects().forEach(s -> assertThat(seen.addAll(s.locations())).isTrue());
      assertThat(truth.fields()).as(layout.name()).isNotEmpty()
          .allSatisfy(f -> assertThat(f.name()).isNotBlank());
    }
  }
}
