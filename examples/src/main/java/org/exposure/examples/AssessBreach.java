package org.exposure.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.exposure.AnalysisOptions;
import org.exposure.AnalysisResult;
import org.exposure.ExposureAnalysis;
import org.exposure.ReportFolder;
import org.exposure.report.Report;
import org.exposure.report.ReportWriter;
import org.exposure.report.Reports;
import org.exposure.score.BreachCircumstances;
import org.exposure.score.ControllerType;
import org.exposure.score.SeverityLevel;

/**
 * Embeds Exposure in a program of one's own: assesses the extracts named on the command line as a
 * screening lab's theft, writes the four report files a DPO reads into {@code exposure-report/} (or
 * the folder given by {@code -Dexposure.out}) as the {@code exposure} command does, and prints the
 * cohort's impact. Nothing it prints comes from the extract. Its class path holds the library and its
 * dependencies, no CLI library:
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp "examples/target/exposure-examples-0.1.0-SNAPSHOT.jar:examples/target/lib/*" \
 *     org.exposure.examples.AssessBreach examples/screening-sample.csv
 * </pre>
 */
public final class AssessBreach {
  private AssessBreach() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(System.getProperty("exposure.out", "exposure-report"));
    AnalysisOptions.Builder options = AnalysisOptions.builder()
        .circumstances(BreachCircumstances.DEFAULT.withMalicious(true)) // stolen, recipients unknown
        .controller(ControllerType.HEALTH) // being on a screening lab's list reveals health
        .assessmentDate(LocalDate.of(2025, 7, 1));
    // Never read the report's own files back as an extract, should out lie inside an input folder.
    ReportFolder.FILE_NAMES.forEach(name -> options.exclude(out.resolve(name)));

    AnalysisResult result;
    Report report;
    // The files appear together on finish; if assess throws, the earlier report stays as it was.
    try (ReportWriter writer = Reports.open(out, Locale.ENGLISH)) {
      result = ExposureAnalysis.of(options.build())
          .assess(List.of(args).stream().map(Path::of).toList(), writer.sink());
      report = writer.finish(result);
    }

    System.out.printf("records read %,d, rejected %,d%n", result.recordsRead(), result.recordsRejected());
    System.out.printf("subjects %,d%n", result.cohort().subjects());
    for (SeverityLevel level : SeverityLevel.values()) {
      System.out.printf("  %-10s %,d%n", level.displayName(), result.cohort().count(level));
    }
    System.out.printf("notify the supervisory authority: %s%n",
        result.notification().supervisoryAuthority() ? "yes" : "no");
    System.out.printf("subjects to inform: %,d (listed: %,d)%n",
        result.notification().dataSubjects(), report.toInform());
    System.out.printf("report: %s (run %s)%n", report.file(ReportFolder.REPORT_HTML), report.runId());
  }
}
