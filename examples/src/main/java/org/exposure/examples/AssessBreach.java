package org.exposure.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.SeverityLevel;

/**
 * Embeds Exposure in a program of one's own: assesses the extracts named on the command line as a
 * screening lab's theft, streams the subjects (here: counts those to inform, as a mailing job would
 * take them), and prints the cohort's impact. Nothing it prints comes from the extract.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "examples/target/exposure-examples-0.1.0-SNAPSHOT.jar:cli/target/exposure.jar" \
 *     org.exposure.examples.AssessBreach examples/screening-sample.csv
 * </pre>
 */
public final class AssessBreach {
  private AssessBreach() {}

  public static void main(String[] args) throws IOException {
    AnalysisOptions options = AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true)) // stolen, recipients unknown
        .controller(ControllerType.HEALTH) // being on a screening lab's list reveals health
        .assessmentDate(LocalDate.of(2025, 7, 1))
        .build();
    AtomicLong toInform = new AtomicLong();
    AnalysisResult result = ExposureAnalysis.of(options).assess(
        List.of(args).stream().map(Path::of).toList(),
        subject -> { // one call at a time; a real program would queue a letter for subject.key()
          if (subject.assessment().level().compareTo(SeverityLevel.HIGH) >= 0) {
            toInform.incrementAndGet();
          }
        });

    System.out.printf("records read %,d, rejected %,d%n", result.recordsRead(), result.recordsRejected());
    System.out.printf("subjects %,d%n", result.cohort().subjects());
    for (SeverityLevel level : SeverityLevel.values()) {
      System.out.printf("  %-10s %,d%n", level.displayName(), result.cohort().count(level));
    }
    System.out.printf("notify the supervisory authority: %s%n",
        result.notification().supervisoryAuthority() ? "yes" : "no");
    System.out.printf("subjects to inform: %,d (streamed: %,d)%n",
        result.notification().dataSubjects(), toInform.get());
  }
}
