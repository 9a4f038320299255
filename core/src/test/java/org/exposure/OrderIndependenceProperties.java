package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.exposure.link.SubjectKeys;
import org.exposure.score.BreachCircumstances;

/** The assessment does not depend on the order of the rows, even where rows of one person disagree. */
class OrderIndependenceProperties {
  private static final String[] BSNS = {"111222333", "999993653", "999990482", "999992077", "", ""};
  private static final String[] NAMES = {"Brouwer", "de Vries", "Kramer", "Bakker", "Smit", "Visser"};
  private static final String[] RESULTS = {"", "negatief", "positief", "Pap 3b", "Pap 1"};
  private static final AnalysisOptions OPTIONS = AnalysisOptions.builder()
      .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
      .assessmentDate(LocalDate.of(2025, 7, 1))
      .subjectKeys(SubjectKeys.of(new byte[32]))
      .build();

  @Property(tries = 60)
  void shufflingTheRowsChangesNoAssessment(@ForAll("rows") List<String> rows, @ForAll long seed)
      throws IOException {
    List<String> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    Run a = run(rows);
    Run b = run(shuffled);
    assertThat(b.subjects()).isEqualTo(a.subjects());
    assertThat(b.result().cohort()).isEqualTo(a.result().cohort());
    assertThat(b.result().reidentification()).isEqualTo(a.result().reidentification());
  }

  private record Run(AnalysisResult result, Set<String> subjects) {}

  private static Run run(List<String> rows) throws IOException {
    Path file = Files.createTempFile("order-", ".csv");
    try {
      List<String> lines = new ArrayList<>();
      lines.add("bsn;achternaam;geboortedatum;postcode;geslacht;uitslag");
      lines.addAll(rows);
      Files.write(file, lines, StandardCharsets.UTF_8);
      Set<String> subjects = new TreeSet<>();
      AnalysisResult result = ExposureAnalysis.of(OPTIONS).assess(List.of(file), s -> subjects.add(
          s.key() + " " + s.assessment().se() + " " + s.assessment().dpcRule() + " "
              + s.assessment().eiRule() + " " + s.assessment().classSize() + " "
              + s.assessment().harms()));
      return new Run(result, subjects);
    } finally {
      Files.delete(file);
    }
  }

  /** Rows of six people; their postcodes and sex vary between rows to test how conflicts resolve. */
  @Provide
  Arbitrary<List<String>> rows() {
    return Arbitraries.integers().between(0, 5).flatMap(person -> Arbitraries.of(RESULTS).flatMap(
        result -> Arbitraries.of("2281 AB", "2281 AC").flatMap(postcode -> Arbitraries.of("V", "F", "")
            .map(sex -> String.join(";", BSNS[person], NAMES[person],
                LocalDate.of(1960 + person, 1, 1 + person).toString(), postcode, sex, result)))))
        .list().ofMinSize(1).ofMaxSize(40);
  }
}
