package org.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.exposure.link.SubjectKeys;
import org.exposure.score.BreachCircumstances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One thread or many, the assessment is the same. */
class ThreadsTest {

  @Test
  void theResultDoesNotDependOnTheNumberOfThreads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cohort.csv");
    List<String> lines = new ArrayList<>();
    lines.add("bsn;achternaam;geboortedatum;postcode;geslacht;uitslag;opmerking");
    Random random = new Random(42);
    String[] results = {"", "negatief", "positief", "Pap 3b", "Pap 1", "HSIL"};
    for (int i = 0; i < 20_000; i++) {
      int person = random.nextInt(6_000);
      String bsn = person % 7 == 0 ? "" : String.format(Locale.ROOT, "%09d", 100_000_000 + person);
      lines.add(String.join(";", bsn, "Naam" + (person % 500), LocalDate.of(1950, 1, 1)
              .plusDays(person % 9_000).toString(), (1000 + person % 800) + " AB",
          person % 3 == 0 ? "M" : "V", results[random.nextInt(results.length)],
          i % 50 == 0 ? "\"gebeld op 06-12345678\"" : ""));
      if (i % 997 == 0) {
        lines.add("kapotte;regel"); // rejected: two fields
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    Run one = run(file, 1);
    Run four = run(file, 4);
    assertThat(four.result().recordsRead()).isEqualTo(one.result().recordsRead());
    assertThat(four.result().recordsRejected()).isEqualTo(one.result().recordsRejected()).isPositive();
    assertThat(four.result().rejections()).isEqualTo(one.result().rejections());
    assertThat(four.result().fields()).isEqualTo(one.result().fields());
    assertThat(four.result().cohort()).isEqualTo(one.result().cohort());
    assertThat(four.result().reidentification()).isEqualTo(one.result().reidentification());
    assertThat(four.result().notification()).isEqualTo(one.result().notification());
    assertThat(four.subjects()).isEqualTo(one.subjects()).hasSize((int) one.result().cohort().subjects());
  }

  /** A sink's subjects are prepared on the scoring threads and taken in key order on the caller's. */
  @Test
  void aSinkTakesEveryPreparedSubjectInKeyOrderOnTheCallingThread(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cohort.csv");
    List<String> lines = new ArrayList<>();
    lines.add("bsn;achternaam;geboortedatum;uitslag");
    for (int i = 0; i < 3_000; i++) {
      lines.add(String.format(Locale.ROOT, "%09d;Naam%d;1970-01-%02d;Pap %d",
          100_000_000 + i, i % 90, 1 + i % 28, 1 + i % 5));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    Set<String> preparedOn = new ConcurrentSkipListSet<>();
    List<String> taken = new ArrayList<>();
    Thread caller = Thread.currentThread();
    SubjectSink<String> sink = new SubjectSink<>() {
      @Override
      public String prepare(AssessedSubject subject) {
        preparedOn.add(Thread.currentThread().getName());
        return subject.key() + " " + subject.assessment().se();
      }

      @Override
      public void accept(String prepared) {
        assertThat(Thread.currentThread()).isSameAs(caller);
        taken.add(prepared);
      }
    };
    AnalysisResult result = ExposureAnalysis.of(AnalysisOptions.builder()
        .assessmentDate(LocalDate.of(2025, 7, 1)).subjectKeys(SubjectKeys.of(new byte[32]))
        .threads(3).build()).assess(List.of(file), sink);

    assertThat(taken).hasSize((int) result.cohort().subjects()).isSorted();
    assertThat(taken.stream().map(s -> s.substring(0, s.indexOf(' '))))
        .containsExactlyElementsOf(run(file, 1).subjects().stream()
            .map(s -> s.substring(0, s.indexOf(' '))).toList());
    assertThat(preparedOn).doesNotContain(caller.getName());
  }

  private record Run(AnalysisResult result, Set<String> subjects) {}

  private static Run run(Path file, int threads) throws IOException {
    AnalysisOptions options = AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true))
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .subjectKeys(SubjectKeys.of(new byte[32]))
        .threads(threads)
        .build();
    Set<String> subjects = new ConcurrentSkipListSet<>();
    AnalysisResult result = ExposureAnalysis.of(options).assess(List.of(file),
        s -> subjects.add(s.key() + " " + s.assessment().se() + " " + s.assessment().harms()));
    return new Run(result, subjects);
  }
}
